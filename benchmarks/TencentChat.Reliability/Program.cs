using System.Globalization;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Transport;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator;
using TencentChat.Reliability;

// dotnet run -c Release --project benchmarks/TencentChat.Reliability -- [--smoke] [--usersig-soak SECONDS] [--seed N]
// Starts the emulator in-process on loopback, runs the fault scenarios with the module's default timeouts and
// backoffs (only MaxAttempts raised, see docs/reliability.md) and prints a Markdown table of what it measured.
var arguments = args.ToList();
bool smoke = arguments.Remove("--smoke");
int soakSeconds = IntOption("--usersig-soak", 0);
int seed = IntOption("--seed", 42);
if (arguments.Count > 0)
{
    Console.Error.WriteLine($"Unknown arguments: {string.Join(' ', arguments)}. Use [--smoke] [--usersig-soak SECONDS] [--seed N].");
    return 2;
}

int listed = smoke ? 2_000 : 50_000, searched = smoke ? 1_000 : 10_000, throttledList = smoke ? 500 : 10_000;
// Realistic: the module's 10 s default timeout is far above a stall worth waiting for, so stalls use 4 s against a 3 s timeout.
var requestTimeout = TimeSpan.FromSeconds(smoke ? 0.3 : 3);
int stallMs = smoke ? 400 : 4000;
var faults = ReliabilityScenarios.TransientFaults(0.2, stallMs, seed);

var results = new List<ScenarioFigures>();
await using (var host = await Emulator($"generate:1:{listed}"))
{
    host.Faults = faults;
    using var session = Open(host.BaseAddress, host);
    results.Add(await ReliabilityScenarios.ListAsync($"get_list {listed:N0} conversations, 20% faults", host, session, "user_000001"));
}
await using (var host = await Emulator($"generate:1:{searched}"))
{
    host.Faults = faults;
    using var session = Open(host.BaseAddress, host);
    results.Add(await ReliabilityScenarios.SearchAsync($"search_contact_group {searched:N0} conversations, 20% faults", host, session, "user_000001"));
}
await using (var host = await Emulator($"generate:1:{throttledList}", rateLimit: 20))
{
    using var session = Open(host.BaseAddress, host);
    results.Add(await ReliabilityScenarios.ListAsync($"get_list {throttledList:N0} conversations, server limit 20/s", host, session, "user_000001"));
}
await using (var host = await Emulator($"generate:1:{throttledList}"))
{
    using var session = Open(ReliabilityScenarios.ClosedLoopbackPort(), host, s => s.BackupEndpoint = host.BaseAddress);
    results.Add(await ReliabilityScenarios.ListAsync($"get_list {throttledList:N0} conversations, primary refused", host, session, "user_000001"));
}
if (soakSeconds > 0)
{
    await using var host = await Emulator("generate:1:200");
    using var session = Open(host.BaseAddress, host, s => s.UserSigLifetime = TimeSpan.FromSeconds(60));
    var watch = System.Diagnostics.Stopwatch.StartNew();
    results.Add(await ReliabilityScenarios.UserSigSoakAsync($"UserSig lifetime 60 s, {soakSeconds} s of calls", host, session, "user_000001",
        TimeSpan.FromSeconds(soakSeconds), () => watch.Elapsed));
}

Console.WriteLine("| Scenario | Expected | Returned | Duplicates | Missing | In order | Requests | Retries | Throttled | Failovers | Faults injected | Time waited (s) | Wall (s) | Unhandled | 70001 |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Scenario} | {r.Expected:N0} | {r.Returned:N0} | {r.Duplicates} | {r.Missing} | {(r.Scenario.StartsWith("UserSig", StringComparison.Ordinal) ? "n/a" : r.InOrder ? "yes" : "no")} | {r.Requests:N0} | {r.Retries:N0} | {r.Throttled:N0} | {r.Failovers} | {r.FaultsInjected:N0} | {r.TimeWaited.TotalSeconds:0.0} | {r.Wall.TotalSeconds:0.0} | {r.Unhandled} | {r.UserSigExpired} |"));
}
foreach (var r in results.Where(r => r.Failure != null))
    Console.WriteLine($"\n{r.Scenario}: {r.Failure}");
return results.All(r => r.Unhandled == 0 && r.Duplicates == 0 && r.Missing == 0 && r.UserSigExpired == 0) ? 0 : 1;

int IntOption(string name, int fallback)
{
    int at = arguments.IndexOf(name);
    if (at < 0) return fallback;
    if (at + 1 >= arguments.Count || !int.TryParse(arguments[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        throw new ArgumentException($"{name} takes a non-negative whole number.");
    arguments.RemoveRange(at, 2);
    return value;
}

static Task<EmulatorHost> Emulator(string seed, int rateLimit = 0) =>
    EmulatorHost.StartAsync(new EmulatorOptions { Seed = seed, PageSize = 100, RateLimit = rateLimit });

ChatSession Open(Uri endpoint, EmulatorHost host, Action<ChatConnectionSettings>? configure = null)
{
    var settings = new ChatConnectionSettings
    {
        SdkAppId = host.Options.SdkAppId,
        SecretKey = ChatSecretKey.FromString(host.Options.SecretKey),
        Endpoint = endpoint,
        RequestTimeout = requestTimeout,
        // Default backoffs; 8 attempts instead of 6 because every request here meets 20% faults: 0.2^8 ≈ 3e-6 per request.
        Retry = new RetryPolicy { MaxAttempts = 8 },
    };
    configure?.Invoke(settings);
    return ChatSession.Open(settings);
}
