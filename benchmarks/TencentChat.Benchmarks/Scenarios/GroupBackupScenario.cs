using System.Globalization;
using static TencentChat.Benchmarks.BenchmarkRun;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// G3 group backup and restore: <c>Export-ChatGroup -IncludeMessages</c> then <c>Import-ChatGroup</c> of 100 groups × 250
/// members × 100 messages, in one <c>dotnet pwsh</c> child process with the built module (Connect-ChatAdmin from the
/// environment, default -ThrottleLimit 16 and -RateLimit 200). The groups are seeded through the module itself
/// (Import-ChatGroup of generated backup files) at 0 ms; then the emulator answers after 100 ms (POST /_emulator/settings)
/// for the two measured steps; the groups are destroyed in between at 0 ms. Each step's bound is max(R/200, R × 0.1 s / 16)
/// for its R requests (the issue sets no target: reported). Exactness: a second export after the import equals the first,
/// file by file (everything but ExportedAt), and every member and message was imported, none failed.
/// <c>TENCENTCHAT_BENCH_G3_GROUPS</c> sets fewer groups for a smoke run.
/// </summary>
internal sealed class GroupBackupScenario : IBenchmarkScenario
{
    private const int DefaultGroups = 100;
    private const int Members = 250;
    private const int Messages = 100;
    private const int LatencyMs = 100;
    private const int Rate = 200;
    private const int ThrottleLimit = 16;
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(10);

    public string Id => "G3";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        if (!File.Exists(run.ModuleManifest))
            throw new FileNotFoundException($"The module is not built: {run.ModuleManifest}. Run: dotnet pwsh -NoProfile -File build.ps1 -Task Build");
        int groups = int.TryParse(Environment.GetEnvironmentVariable("TENCENTCHAT_BENCH_G3_GROUPS"), NumberStyles.None, CultureInfo.InvariantCulture, out int given) && given > 0
            ? given : DefaultGroups;
        await using StandaloneEmulator emulator = await run.StartEmulatorAsync("generate:10:0", 20, cancellationToken, 0, Rate);
        string folder = Path.Combine(Path.GetTempPath(), "tencentchat-g3-" + Guid.NewGuid().ToString("N"));

        string script = string.Join("\n",
            "$ErrorActionPreference = 'Stop'",
            "Import-Module -Name '" + run.ModuleManifest.Replace("'", "''") + "'",
            "$root = '" + folder.Replace("'", "''") + "'",
            "$settings = $env:TENCENTCHAT_ENDPOINT.TrimEnd('/') + '/_emulator/settings'",
            "function Set-Latency([int]$ms) { $null = Invoke-RestMethod -Uri $settings -Method Post -Body (@{ LatencyMs = $ms } | ConvertTo-Json) -ContentType 'application/json' }",
            "$session = Connect-ChatAdmin -PassThru",
            Invariant($"$members = 1..{Members} | ForEach-Object {{ 'member_{{0:D3}}' -f $_ }}"),
            "$null = $members | New-ChatAccount",
            // Seed files: generated backups, imported at 0 ms.
            "$null = New-Item -ItemType Directory -Path (Join-Path $root 'seed') -Force",
            "$created = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds() - 86400",
            Invariant($"foreach ($g in 1..{groups}) {{"),
            "  $id = 'bench-group-{0:D3}' -f $g",
            "  $list = @(@{ Account = 'user_000001'; Role = 'Owner'; JoinTime = $created }) + @(for ($i = 0; $i -lt $members.Count; $i++) { @{ Account = $members[$i]; Role = $(if ($i -lt 3) { 'Admin' } else { 'Member' }); JoinTime = $created + 10 + $i } })",
            Invariant($"  $msgs = @(for ($m = 1; $m -le {Messages}; $m++) {{ @{{ MsgSeq = $m; From = $members[$m % 7]; Time = $created + 1000 + $m; Random = $m; MsgBody = @(@{{ MsgType = 'TIMTextElem'; MsgContent = @{{ Text = \"group $g message $m\" }} }}) }} }})"),
            "  @{ Format = 'TencentChat.Admin.GroupBackup'; Version = 1; ExportedAt = 0; Group = @{ GroupId = $id; Type = 'Public'; Name = \"Bench $g\"; Owner = 'user_000001'; CreateTime = $created }; Members = $list; Messages = $msgs } |",
            "    ConvertTo-Json -Depth 8 | Set-Content -LiteralPath (Join-Path $root \"seed/$id.json\")",
            "}",
            "$seeded = @(Get-ChildItem (Join-Path $root 'seed') -Filter *.json | Import-ChatGroup -Confirm:$false)",
            "$ids = $seeded.GroupId",
            // Measured: export at 100 ms.
            Invariant($"Set-Latency {LatencyMs}"),
            "$r0 = $session.Requests",
            "$watch = [System.Diagnostics.Stopwatch]::StartNew()",
            "$exported = @($ids | Export-ChatGroup -Path (Join-Path $root 'a') -IncludeMessages)",
            "$watch.Stop(); $exportSeconds = $watch.Elapsed.TotalSeconds; $exportRequests = $session.Requests - $r0",
            "Set-Latency 0",
            "$null = $ids | Remove-ChatGroup -Confirm:$false",
            // Measured: import at 100 ms.
            Invariant($"Set-Latency {LatencyMs}"),
            "$r0 = $session.Requests",
            "$watch = [System.Diagnostics.Stopwatch]::StartNew()",
            "$imported = @(Get-ChildItem (Join-Path $root 'a') -Filter *.json | Import-ChatGroup -Confirm:$false -ErrorVariable importErrors -ErrorAction SilentlyContinue)",
            "$watch.Stop(); $importSeconds = $watch.Elapsed.TotalSeconds; $importRequests = $session.Requests - $r0",
            "Set-Latency 0",
            // Exactness: export again and compare with the first export, file by file.
            "$null = $ids | Export-ChatGroup -Path (Join-Path $root 'b') -IncludeMessages",
            "$same = 0; foreach ($f in Get-ChildItem (Join-Path $root 'a') -Filter *.json) { $a = (Get-Content -LiteralPath $f.FullName) -notmatch '\"ExportedAt\"'; $b = (Get-Content -LiteralPath (Join-Path $root \"b/$($f.Name)\")) -notmatch '\"ExportedAt\"'; if (($a -join \"`n\") -ceq ($b -join \"`n\")) { $same++ } }",
            "$membersIn = ($imported | Measure-Object MembersImported -Sum).Sum; $messagesIn = ($imported | Measure-Object MessagesImported -Sum).Sum",
            "$failed = ($imported | ForEach-Object { $_.MembersFailed + $_.MessagesFailed } | Measure-Object -Sum).Sum + $importErrors.Count",
            "Remove-Item -LiteralPath $root -Recurse -Force",
            "\"RUN`t$($exportSeconds.ToString('R', [cultureinfo]::InvariantCulture))`t$exportRequests`t$($importSeconds.ToString('R', [cultureinfo]::InvariantCulture))`t$importRequests`t$($exported.Count)`t$($imported.Count)`t$same`t$membersIn`t$messagesIn`t$failed\"");
        string output = await DotnetProcess.RunAsync(run.RepositoryRoot, emulator.ConnectionEnvironment(), ProcessTimeout, cancellationToken,
            "pwsh", "-NoProfile", "-NonInteractive", "-Command", script);
        string[] f = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t')).LastOrDefault(x => x[0] == "RUN" && x.Length == 11)
            ?? throw new InvalidOperationException($"pwsh reported no run: {output[..Math.Min(output.Length, 2000)]}");
        double exportSeconds = double.Parse(f[1], CultureInfo.InvariantCulture), importSeconds = double.Parse(f[3], CultureInfo.InvariantCulture);
        long exportRequests = long.Parse(f[2], CultureInfo.InvariantCulture), importRequests = long.Parse(f[4], CultureInfo.InvariantCulture);
        int exported = int.Parse(f[5], CultureInfo.InvariantCulture), imported = int.Parse(f[6], CultureInfo.InvariantCulture), same = int.Parse(f[7], CultureInfo.InvariantCulture);
        long membersIn = long.Parse(f[8], CultureInfo.InvariantCulture), messagesIn = long.Parse(f[9], CultureInfo.InvariantCulture), failed = long.Parse(f[10], CultureInfo.InvariantCulture);

        static double Bound(long requests) => Math.Max((double)requests / Rate, requests * (LatencyMs / 1000.0) / ThrottleLimit);
        double exportBound = Bound(exportRequests), importBound = Bound(importRequests);
        return new[]
        {
            new BenchmarkRow(Id, Invariant($"Wall time, Export-ChatGroup -IncludeMessages of {groups} groups x {Members} members x {Messages} messages, {exportRequests:N0} requests at {LatencyMs} ms (one run)"),
                Invariant($"{exportSeconds:0.00} s"), Invariant($"{exportBound:0.00} s"), Invariant($"{exportSeconds / exportBound:0.00}x"), "report", null),
            new BenchmarkRow(Id, Invariant($"Wall time, Import-ChatGroup of the {groups} files, {importRequests:N0} requests at {LatencyMs} ms (one run)"),
                Invariant($"{importSeconds:0.00} s"), Invariant($"{importBound:0.00} s"), Invariant($"{importSeconds / importBound:0.00}x"), "report", null),
            new BenchmarkRow(Id, "Exact: groups exported / imported / second export equal to the first; members (owners included) and messages imported; failures",
                Invariant($"{exported} / {imported} / {same}; {membersIn:N0}, {messagesIn:N0}; {failed}"),
                Invariant($"{groups} / {groups} / {groups}; {groups * (Members + 1):N0}, {groups * Messages:N0}; 0"), "-", "every group, member and message, in order",
                exported == groups && imported == groups && same == groups && membersIn == (long)groups * (Members + 1) && messagesIn == (long)groups * Messages && failed == 0),
        };
    }
}
