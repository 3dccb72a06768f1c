using System.Globalization;
using static TencentChat.Benchmarks.BenchmarkRun;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// P2 in pwsh: what an admin sees. <c>Get-ChatConversation -Account X | Measure-Object</c> over one account's 20,000
/// conversations against the loop an admin would write without the module: Invoke-RestMethod over get_list following
/// the four cursors. Both in one <c>dotnet pwsh</c> process with the built module, timed inside pwsh; one warm-up
/// round, then the median of <see cref="Rounds"/> rounds, alternating which goes first.
/// </summary>
internal sealed class PowerShellListingScenario : IBenchmarkScenario
{
    private const int Conversations = 20_000;
    private const int PageSize = 100;
    private const int Rounds = 3;
    private const string Account = "user_000001";
    private const string GetListUriVariable = "TENCENTCHAT_BENCHMARK_GET_LIST_URI";
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs with the other P2 rows (<c>--only P2</c>) or alone (<c>--only P2-pwsh</c>).</summary>
    public string Id => "P2-pwsh";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        if (!File.Exists(run.ModuleManifest))
            throw new FileNotFoundException($"The module is not built: {run.ModuleManifest}. Run: dotnet pwsh -NoProfile -File build.ps1 -Task Build");
        await using StandaloneEmulator emulator = await run.StartEmulatorAsync($"generate:1:{Conversations}", PageSize, cancellationToken);

        string script = string.Join("\n",
            "$ErrorActionPreference = 'Stop'",
            "Import-Module -Name '" + run.ModuleManifest.Replace("'", "''") + "'",
            // -RateLimit 0: the Invoke-RestMethod loop has no client-side limit either; at the default 200/s the 200 pages
            // would take 1 s whatever either side costs.
            "$null = Connect-ChatAdmin -RateLimit 0",
            // The UserSig travels in the environment, never on a command line.
            "$uri = $env:" + GetListUriVariable,
            "function RestLoop {",
            "    $body = [ordered]@{ From_Account = '" + Account + "'; TimeStamp = 0; StartIndex = 0; TopTimeStamp = 0; TopStartIndex = 0; AssistFlags = 63 }",
            "    $count = 0",
            "    while ($true) {",
            "        $r = Invoke-RestMethod -Method Post -Uri $uri -Body ($body | ConvertTo-Json -Compress) -ContentType 'application/json'",
            "        $count += @($r.SessionItem).Count",
            "        if ($r.CompleteFlag -eq 1) { return $count }",
            "        $body.TimeStamp = $r.TimeStamp; $body.StartIndex = $r.StartIndex; $body.TopTimeStamp = $r.TopTimeStamp; $body.TopStartIndex = $r.TopStartIndex",
            "    }",
            "}",
            "function Timed($name, [scriptblock]$listing) {",
            "    $watch = [System.Diagnostics.Stopwatch]::StartNew(); $count = & $listing; $watch.Stop()",
            "    \"RUN`t$name`t$($watch.Elapsed.TotalSeconds.ToString('R', [cultureinfo]::InvariantCulture))`t$count\" }",
            Invariant($"foreach ($round in 0..{Rounds}) {{"),
            "    $module = { (Get-ChatConversation -Account '" + Account + "' | Measure-Object).Count }",
            "    if ($round % 2) { Timed module $module; Timed rest { RestLoop } } else { Timed rest { RestLoop }; Timed module $module }",
            "}");
        var environment = new Dictionary<string, string>(emulator.ConnectionEnvironment()) { [GetListUriVariable] = emulator.CommandUri("get_list").ToString() };
        var seconds = new Dictionary<string, List<double>> { ["module"] = new(), ["rest"] = new() };
        foreach (string[] f in await DotnetProcess.RunPowerShellAsync(run.RepositoryRoot, environment, ProcessTimeout, cancellationToken, script, "RUN"))
        {
            if (long.Parse(f[3], CultureInfo.InvariantCulture) != Conversations)
                throw new InvalidOperationException($"{f[1]} listed {f[3]} conversations, expected {Conversations:N0}.");
            seconds[f[1]].Add(double.Parse(f[2], CultureInfo.InvariantCulture));
        }
        if (seconds.Values.Any(s => s.Count != Rounds + 1))
            throw new InvalidOperationException($"pwsh did not report {Rounds + 1} rounds of each.");
        // The first round of each is the warm-up (JIT, connection).
        double module = Median(seconds["module"].Skip(1)), rest = Median(seconds["rest"].Skip(1));
        return new[]
        {
            new BenchmarkRow("P2", Invariant($"Wall time in pwsh, {Conversations:N0} conversations of one account: Get-ChatConversation -Account X | Measure-Object vs an Invoke-RestMethod loop over get_list (median of {Rounds})"),
                Invariant($"{module:0.00} s"), Invariant($"{rest:0.00} s"), Invariant($"{module / rest:0.00}x"), "-", null),
        };
    }
}
