using System.Diagnostics;
using TencentChat.Benchmarks;

// dotnet run -c Release --project benchmarks/TencentChat.Benchmarks [-- --only P2,P4,W]
// Runs every scenario of ScenarioCatalog in one process, one after the other, each against its own standalone
// emulator process, and prints one Markdown table (docs/performance.md). Exit code 1 when a target is missed.
var arguments = args.ToList();
HashSet<string>? only = null;
int at = arguments.IndexOf("--only");
if (at >= 0 && at + 1 < arguments.Count)
{
    only = new HashSet<string>(arguments[at + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
    arguments.RemoveRange(at, 2);
}
if (arguments.Count > 0)
{
    Console.Error.WriteLine($"Unknown arguments: {string.Join(' ', arguments)}. Use [--only P2,P3,P4,P5,W,A1,F1,F2].");
    return 2;
}

#if DEBUG
const string configuration = "Debug";
#else
const string configuration = "Release";
#endif
var run = new BenchmarkRun(BenchmarkRun.FindRepositoryRoot(AppContext.BaseDirectory), configuration);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

var rows = new List<BenchmarkRow>();
var total = Stopwatch.StartNew();
// An --only entry selects every scenario whose id starts with it: "P2" runs P2 and P2-pwsh, "W" the writes, "P" all P rows.
foreach (IBenchmarkScenario scenario in ScenarioCatalog.All.Where(s => only == null || only.Any(o => s.Id.StartsWith(o, StringComparison.OrdinalIgnoreCase))))
{
    var watch = Stopwatch.StartNew();
    Console.Error.WriteLine($"{scenario.Id} {scenario.GetType().Name} …");
    rows.AddRange(await scenario.RunAsync(run, cancel.Token));
    Console.Error.WriteLine($"{scenario.Id} {scenario.GetType().Name} done in {watch.Elapsed.TotalSeconds:0} s");
}

Console.WriteLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {configuration}, {total.Elapsed.TotalSeconds:0} s in all.");
Console.WriteLine();
Console.WriteLine("| Row | Measure | Module | Baseline | Ratio | Target | Met |");
Console.WriteLine("| --- | --- | ---: | ---: | ---: | --- | --- |");
foreach (BenchmarkRow row in rows)
    Console.WriteLine($"| {row.Id} | {row.Measure} | {row.Module} | {row.Baseline} | {row.Ratio} | {row.Target} | {row.Met switch { true => "yes", false => "**no**", null => "-" }} |");
return rows.Any(r => r.Met == false) ? 1 : 0;
