using System.Diagnostics;
using System.Globalization;
using static TencentChat.Benchmarks.BenchmarkRun;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// W (issue 14): the data-changing cmdlets at the API's ceiling, against an emulator of 100 accounts x 250 conversations
/// answering after 100 ms and limited to 200 requests/s per command. In one <c>dotnet pwsh</c> process with the built
/// module, each pipeline timed inside pwsh (start-up, Import-Module, listing the input and a warm-up not counted):
/// W1 <c>$convs | Set-ChatConversationMark -Set Star -Confirm:$false -PassThru -ThrottleLimit N</c> over all 25,000
/// conversations at N = 1, 16, 64; W2 <c>New-ChatContactGroup</c> with all 250 conversations for each of the 100
/// accounts; W3 <c>Remove-ChatConversation</c> for 800 conversations (8 per account); and the mixed pipeline
/// <c>$accounts | Get-ChatConversation | Set-ChatConversationMark -Set Star</c> against the read alone. Each wall time is compared with
/// the bound max(R/200, R x 100 ms / N) for the R requests the session sent; every run must write each account's
/// results in input order, with no error and no throttled answer. The busiest sliding second of mark_contact at the
/// wire is measured on the same workload through the C# path (<see cref="ModuleFanOut.MarkAsync"/>) at N = 64, where
/// the limiter works hardest, with the requests recorded at the HTTP handler.
/// </summary>
internal sealed class WriteFanOutScenario : IBenchmarkScenario
{
    private const int Accounts = 100;
    private const int ConversationsPerAccount = 250;
    private const int LatencyMs = 100;
    private const int ApiRateLimit = 200;
    private const double TargetAtSixteen = 1.10;
    private const double TargetOtherWrites = 2.0;
    private static readonly int[] MarkThrottleLimits = { 1, 16, 64 };
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(10);

    /// <summary>"W" runs W1, W2 and W3 (<c>--only W</c>): they share one emulator, and W3 deletes what the others use.</summary>
    public string Id => "W";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        if (!File.Exists(run.ModuleManifest))
            throw new FileNotFoundException($"The module is not built: {run.ModuleManifest}. Run: dotnet pwsh -NoProfile -File build.ps1 -Task Build");
        await using StandaloneEmulator emulator = await run.StartEmulatorAsync($"generate:{Accounts}:{Accounts * ConversationsPerAccount}", 100,
            cancellationToken, LatencyMs, ApiRateLimit);

        var rows = new List<BenchmarkRow>();
        IReadOnlyList<Run> pwshRuns = await RunPowerShellAsync(run, emulator, cancellationToken);
        foreach (Run pwsh in pwshRuns.Where(r => !r.Row.StartsWith("W1-", StringComparison.Ordinal)))
        {
            double bound = Math.Max((double)pwsh.Requests / ApiRateLimit, pwsh.Requests * (LatencyMs / 1000.0) / pwsh.ThrottleLimit);
            double ratio = pwsh.Seconds / bound;
            bool targeted = pwsh.Row != "W1" || pwsh.ThrottleLimit == 16;
            double target = pwsh.Row == "W1" ? TargetAtSixteen : TargetOtherWrites;
            bool clean = pwsh.InOrder && pwsh.Errors == 0 && pwsh.Throttled == 0;
            rows.Add(new BenchmarkRow(pwsh.Row,
                Invariant($"Wall time, pwsh, {pwsh.Command} -ThrottleLimit {pwsh.ThrottleLimit}: {pwsh.Written:N0} results, {pwsh.Requests} requests, {pwsh.Errors} errors, {pwsh.Throttled} throttled, per-account order {(pwsh.InOrder ? "kept" : "**broken**")}; bound max(R/200, R x 0.1 s/N)"),
                Invariant($"{pwsh.Seconds:0.00} s"), Invariant($"{bound:0.00} s"), Invariant($"{ratio:0.00}x"),
                targeted ? Invariant($"<= {target:0.00}x") : "-", targeted ? ratio <= target && clean : clean ? null : false));
        }

        // What the mixed pipeline reaches, against the read alone: the writer must not hold the reader up.
        Run read = pwshRuns.Single(r => r.Row == "W1-read"), mixed = pwshRuns.Single(r => r.Row == "W1-mixed");
        rows.Add(new BenchmarkRow("W1",
            Invariant($"Wall time, pwsh, {mixed.Command} -ThrottleLimit 16 on both: {mixed.Written:N0} results, {mixed.Requests} requests (get_list and mark_contact, 200/s each), {mixed.Errors} errors, {mixed.Throttled} throttled, per-account order {(mixed.InOrder ? "kept" : "**broken**")}; baseline the read alone ({read.Requests} requests)"),
            Invariant($"{mixed.Seconds:0.00} s"), Invariant($"{read.Seconds:0.00} s"), Invariant($"{mixed.Seconds / read.Seconds:0.00}x"), "-",
            mixed.InOrder && read.InOrder && mixed.Errors == 0 && mixed.Throttled == 0 ? null : false));

        // The busiest sliding second at the wire, through the C# path (the cmdlet's engine without PowerShell) at N = 64.
        var input = new List<(string Account, string ConversationId)>();
        using (var lister = emulator.OpenSession(Admin.Client.Connection.ChatConnectionSettings.DefaultRateLimitPerSecond))
        {
            string[] accounts = Enumerable.Range(1, Accounts).Select(i => Invariant($"user_{i:000000}")).ToArray();
            foreach (var (account, ids) in await ModuleFanOut.ListAsync(lister, accounts, 16, cancellationToken))
                input.AddRange(ids.Select(id => (account, id)));
        }
        await Task.Delay(FanOutScenario.PauseBetweenRuns, cancellationToken);
        var recorder = new SendTimeRecorder("mark_contact");
        using var session = emulator.OpenSession(Admin.Client.Connection.ChatConnectionSettings.DefaultRateLimitPerSecond, recorder);
        var watch = Stopwatch.StartNew();
        var marked = await ModuleFanOut.MarkAsync(session, input, 64, cancellationToken);
        double seconds = watch.Elapsed.TotalSeconds;
        bool inOrder = input.GroupBy(c => c.Account).All(g => marked.TryGetValue(g.Key, out var ids) && ids.SequenceEqual(g.Select(c => c.ConversationId)));
        int busiest = recorder.MostInAnySecond();
        rows.Add(new BenchmarkRow("W1",
            Invariant($"Most mark_contact requests sent in any sliding second (C# path, at the HTTP handler), ThrottleLimit 64: {recorder.Count} requests in {seconds:0.00} s, {session.Throttled} throttled, per-account order {(inOrder ? "kept" : "**broken**")}"),
            Invariant($"{busiest}"), Invariant($"{ApiRateLimit} (limit)"), Invariant($"{(double)busiest / ApiRateLimit:0.00}x"),
            Invariant($"<= {ApiRateLimit}"), busiest <= ApiRateLimit && inOrder && session.Throttled == 0));
        return rows;
    }

    private sealed record Run(string Row, string Command, int ThrottleLimit, double Seconds, long Requests, long Throttled, long Written, long Errors, bool InOrder);

    private static async Task<IReadOnlyList<Run>> RunPowerShellAsync(BenchmarkRun run, StandaloneEmulator emulator, CancellationToken cancellationToken)
    {
        string script = string.Join("\n",
            "$ErrorActionPreference = 'Stop'",
            "Import-Module -Name '" + run.ModuleManifest.Replace("'", "''") + "'",
            "$session = Connect-ChatAdmin -PassThru",
            Invariant($"$accounts = 1..{Accounts} | ForEach-Object {{ 'user_{{0:D6}}' -f $_ }}"),
            "$convs = @($accounts | Get-ChatConversation)",
            "function OrderOf($items, $key) { $order = @{}; foreach ($i in $items) { $order[$i.Account] += @($i.$key) }; $order }",
            // Whether every account's results came out in the order of that account's input.
            "function InOrder($input_, $output) {",
            "    $expected = OrderOf $input_ 'ConversationId'; $actual = OrderOf $output 'ConversationId'",
            "    foreach ($a in $expected.Keys) { if (($expected[$a] -join ',') -ne ($actual[$a] -join ',')) { return $false } }; $true }",
"function Timed($row, $command, $limit, $items, [scriptblock]$write, [bool]$ordered, $expected = $items) {",
            "    Start-Sleep -Milliseconds " + FanOutScenario.PauseBetweenRuns.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
            // Errors are counted, not fatal: every conversation must come out, as a result or as an error.
            "    $ErrorActionPreference = 'Continue'; $Error.Clear()",
            "    $requests = $session.Requests; $throttled = $session.Throttled",
            "    $watch = [System.Diagnostics.Stopwatch]::StartNew()",
            "    $out = @(& $write $limit $items 2>$null)",
            "    $watch.Stop()",
            "    $ok = if ($ordered) { InOrder $expected $out } else { $true }",
            "    \"RUN`t$row`t$command`t$limit`t$($watch.Elapsed.TotalSeconds.ToString('R', [cultureinfo]::InvariantCulture))`t$($session.Requests - $requests)`t$($session.Throttled - $throttled)`t$($out.Count)`t$($Error.Count)`t$ok\" }",
            // Warm-up: the write path's JIT, as a runbook pays it once.
            "$null = $convs[0..9] | Set-ChatConversationMark -Set Fold -Confirm:$false -ThrottleLimit 4",
            "foreach ($limit in " + string.Join(",", MarkThrottleLimits) + ") {",
            "    Timed W1 'Set-ChatConversationMark -Set Star' $limit $convs { param($n, $items) $items | Set-ChatConversationMark -Set Star -Confirm:$false -PassThru -ThrottleLimit $n } $true",
            "}",
            // The mixed pipeline: reader and writer pump on the one pipeline thread; the read alone for comparison.
            "Timed W1-read 'Get-ChatConversation' 16 $accounts { param($n, $items) $items | Get-ChatConversation -ThrottleLimit $n } $true $convs",
            "Timed W1-mixed 'Get-ChatConversation | Set-ChatConversationMark -Set Star' 16 $accounts { param($n, $items) $items | Get-ChatConversation -ThrottleLimit $n | Set-ChatConversationMark -Set Star -Confirm:$false -PassThru -ThrottleLimit $n } $true $convs",
            "Timed W2 'New-ChatContactGroup -Name bulk' 16 $convs { param($n, $items) $items | New-ChatContactGroup -Name bulk -Confirm:$false -ThrottleLimit $n } $false",
            "$doomed = @($convs | Group-Object Account | ForEach-Object { $_.Group | Select-Object -First 8 })",
            "Timed W3 'Remove-ChatConversation' 16 $doomed { param($n, $items) $items | Remove-ChatConversation -Confirm:$false -PassThru -ThrottleLimit $n } $true");
        var runs = new List<Run>();
        foreach (string[] f in await DotnetProcess.RunPowerShellAsync(run.RepositoryRoot, emulator.ConnectionEnvironment(), ProcessTimeout, cancellationToken, script, "RUN"))
        {
            runs.Add(new Run(f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture),
                long.Parse(f[5], CultureInfo.InvariantCulture), long.Parse(f[6], CultureInfo.InvariantCulture), long.Parse(f[7], CultureInfo.InvariantCulture),
                long.Parse(f[8], CultureInfo.InvariantCulture), bool.Parse(f[9])));
        }
        if (runs.Count != MarkThrottleLimits.Length + 4)
            throw new InvalidOperationException($"pwsh reported {runs.Count} runs, expected {MarkThrottleLimits.Length + 4}.");
        return runs;
    }
}
