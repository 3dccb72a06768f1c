using static TencentChat.Benchmarks.BenchmarkRun;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// P2 memory: the live heap (after a full, compacting GC) while ConversationPager lists 100,000 and then
/// 1,000,000 conversations of one account, sampled at eight points of each listing; the largest sample of each
/// is compared. The caller keeps no conversations, so whatever grows is the pager's or the session's.
/// </summary>
internal sealed class ListingMemoryScenario : IBenchmarkScenario
{
    private const int PageSize = 100;
    private const int Samples = 8;
    private const string Account = "user_000001";

    public string Id => "P2";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        long small = await PeakLiveHeapAsync(run, 100_000, cancellationToken);
        long large = await PeakLiveHeapAsync(run, 1_000_000, cancellationToken);
        double growth = (double)large / small;
        return new[]
        {
            new BenchmarkRow(Id, "Live heap while listing 1,000,000 vs 100,000 conversations",
                Invariant($"{large / 1024.0:N0} KiB"), Invariant($"{small / 1024.0:N0} KiB"), Invariant($"{growth:0.00}x"), "< 1.10x", growth < 1.10),
        };
    }

    private static async Task<long> PeakLiveHeapAsync(BenchmarkRun run, int conversations, CancellationToken cancellationToken)
    {
        await using StandaloneEmulator emulator = await run.StartEmulatorAsync($"generate:1:{conversations}", PageSize, cancellationToken);
        using var session = emulator.OpenSession(1_000_000);
        int pages = conversations / PageSize + 1, sampleEvery = Math.Max(1, pages / Samples);
        long peak = 0;
        long listed = await ModuleGetList.ListAsync(session, Account, pages * 2, page =>
        {
            if (page % sampleEvery == 0) peak = Math.Max(peak, LiveHeap());
        }, cancellationToken);
        if (listed != conversations) throw new InvalidOperationException($"Listed {listed:N0} conversations, expected {conversations:N0}.");
        return peak;
    }

    private static long LiveHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
