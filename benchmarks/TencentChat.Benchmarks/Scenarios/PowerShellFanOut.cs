using System.Globalization;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// P4 in PowerShell: <c>$accounts | Get-ChatConversation -ThrottleLimit N</c> in one <c>dotnet pwsh</c> (7.6.9) child
/// process with the built module, connected to the emulator by Connect-ChatAdmin from the environment. Each run is
/// timed inside pwsh around that pipeline only (objects written to the pipeline and collected into an array, progress
/// at its default), so pwsh's start-up, Import-Module and a warm-up listing of four accounts are not counted.
/// Requests and throttled answers are the session's own counters.
/// </summary>
internal static class PowerShellFanOut
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);

    public sealed record Run(int ThrottleLimit, double Seconds, long Requests, long Throttled, Dictionary<string, List<string>> Conversations);

    /// <summary>Runs the pipeline once per entry of <paramref name="throttleLimits"/>, in order, in one process.</summary>
    public static async Task<IReadOnlyList<Run>> RunAsync(BenchmarkRun run, StandaloneEmulator emulator, IReadOnlyList<string> accounts,
        IReadOnlyList<int> throttleLimits, CancellationToken cancellationToken)
    {
        string script = string.Join("\n",
            "$ErrorActionPreference = 'Stop'",
            "Import-Module -Name '" + run.ModuleManifest.Replace("'", "''") + "'",
            "$accounts = @(" + string.Join(",", accounts.Select(a => "'" + a + "'")) + ")",
            "$session = Connect-ChatAdmin -PassThru",
            "$null = $accounts[0..3] | Get-ChatConversation -ThrottleLimit 4",
            "foreach ($limit in " + string.Join(",", throttleLimits) + ") {",
            // As between the C# runs: the emulator's one-second bucket refills, the session's sliding window empties.
            "    Start-Sleep -Milliseconds " + FanOutScenario.PauseBetweenRuns.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
            "    $requests = $session.Requests; $throttled = $session.Throttled",
            "    $watch = [System.Diagnostics.Stopwatch]::StartNew()",
            "    $all = $accounts | Get-ChatConversation -ThrottleLimit $limit",
            "    $watch.Stop()",
            "    \"RUN`t$limit`t$($watch.Elapsed.TotalSeconds.ToString('R', [cultureinfo]::InvariantCulture))`t$($session.Requests - $requests)`t$($session.Throttled - $throttled)\"",
            "    foreach ($c in $all) { \"ROW`t$($c.Account)`t$($c.ConversationId)\" }",
            "}");
        string output = await DotnetProcess.RunAsync(run.RepositoryRoot, emulator.ConnectionEnvironment(), ProcessTimeout, cancellationToken,
            "pwsh", "-NoProfile", "-NonInteractive", "-Command", script);

        var runs = new List<Run>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] fields = line.Split('\t');
            if (fields[0] == "RUN" && fields.Length == 5)
                runs.Add(new Run(int.Parse(fields[1], CultureInfo.InvariantCulture), double.Parse(fields[2], CultureInfo.InvariantCulture),
                    long.Parse(fields[3], CultureInfo.InvariantCulture), long.Parse(fields[4], CultureInfo.InvariantCulture),
                    new Dictionary<string, List<string>>(StringComparer.Ordinal)));
            else if (fields[0] == "ROW" && fields.Length == 3 && runs.Count > 0)
            {
                var conversations = runs[^1].Conversations;
                if (!conversations.TryGetValue(fields[1], out List<string>? ids)) conversations[fields[1]] = ids = new List<string>();
                ids.Add(fields[2]);
            }
        }
        if (runs.Count != throttleLimits.Count)
            throw new InvalidOperationException($"pwsh reported {runs.Count} runs, expected {throttleLimits.Count}: {output[..Math.Min(output.Length, 2000)]}");
        return runs;
    }
}
