using System.Diagnostics;
using static TencentChat.Benchmarks.BenchmarkRun;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// P2 overhead, at 20 conversations per page (Tencent's default page) and at 100: one account with 100,000
/// conversations listed through ConversationPager on a ChatSession, through
/// <see cref="RawGetList"/>, and through RawGetList building the module's output objects too, in turn, against the
/// same emulator process. Wall time and bytes allocated per conversation (GC.GetTotalAllocatedBytes, all threads
/// of this process), medians over the measured rounds. The third loop shows how much of the difference is the
/// ChatConversation objects the cmdlet has to write, which the bare loop never builds.
/// </summary>
internal sealed class ListingOverheadScenario : IBenchmarkScenario
{
    private const int Conversations = 100_000;
    private static readonly int[] PageSizes = { 20, 100 };
    private const int Rounds = 9;
    private const string Account = "user_000001";

    // The session's client-side limit (200/s by default) would make this a measure of the limit; this is high
    // enough never to wait while the limiter's code still runs on every request.
    private const double UnreachableRateLimit = 1_000_000;

    public string Id => "P2";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        var rows = new List<BenchmarkRow>();
        foreach (int pageSize in PageSizes)
            rows.AddRange(await RunAsync(run, pageSize, cancellationToken));
        return rows;
    }

    private static async Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, int pageSize, CancellationToken cancellationToken)
    {
        int maxPages = Conversations / pageSize * 2;
        await using StandaloneEmulator emulator = await run.StartEmulatorAsync($"generate:1:{Conversations}", pageSize, cancellationToken);
        using var session = emulator.OpenSession(UnreachableRateLimit);
        using var http = new HttpClient();
        Uri getList = emulator.CommandUri("get_list");

        Func<Task<long>> module = () => ModuleGetList.ListAsync(session, Account, maxPages, null, cancellationToken);
        Func<Task<long>> raw = () => RawGetList.ListAsync(http, getList, Account, maxPages, buildOutput: false, cancellationToken);
        Func<Task<long>> rawWithOutput = () => RawGetList.ListAsync(http, getList, Account, maxPages, buildOutput: true, cancellationToken);
        var loops = new[] { module, raw, rawWithOutput };

        // One warm-up each (JIT, connection, the emulator's sorted order), then rotate which goes first.
        foreach (var loop in loops) await Measure(loop);
        var runs = loops.Select(_ => new List<(double Seconds, double Bytes)>()).ToArray();
        for (int round = 0; round < Rounds; round++)
            for (int i = 0; i < loops.Length; i++)
            {
                int which = (round + i) % loops.Length;
                runs[which].Add(await Measure(loops[which]));
            }

        double moduleSeconds = Median(runs[0].Select(r => r.Seconds)), rawSeconds = Median(runs[1].Select(r => r.Seconds));
        double moduleBytes = Median(runs[0].Select(r => r.Bytes)), rawBytes = Median(runs[1].Select(r => r.Bytes));
        double outputBytes = Median(runs[2].Select(r => r.Bytes));
        return new[]
        {
            new BenchmarkRow("P2", Invariant($"Wall time, {Conversations:N0} conversations, {pageSize} per page (median of {Rounds})"),
                Invariant($"{moduleSeconds:0.000} s"), Invariant($"{rawSeconds:0.000} s"), Invariant($"{moduleSeconds / rawSeconds:0.00}x"), "<= 1.15x",
                moduleSeconds / rawSeconds <= 1.15),
            new BenchmarkRow("P2", Invariant($"Allocated bytes per conversation, {pageSize} per page"),
                Invariant($"{moduleBytes:N0} B"), Invariant($"{rawBytes:N0} B"), Invariant($"{moduleBytes / rawBytes:0.00}x"), "<= 1.5x",
                moduleBytes / rawBytes <= 1.5),
            new BenchmarkRow("P2", Invariant($"Allocated bytes per conversation, {pageSize} per page, baseline building the same output objects"),
                Invariant($"{moduleBytes:N0} B"), Invariant($"{outputBytes:N0} B"), Invariant($"{moduleBytes / outputBytes:0.00}x"), "<= 1.5x",
                moduleBytes / outputBytes <= 1.5),
        };
    }

    private static async Task<(double Seconds, double Bytes)> Measure(Func<Task<long>> listing)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        long listed = await listing();
        double seconds = watch.Elapsed.TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (listed != Conversations) throw new InvalidOperationException($"Listed {listed:N0} conversations, expected {Conversations:N0}.");
        return (seconds, (double)allocated / listed);
    }
}
