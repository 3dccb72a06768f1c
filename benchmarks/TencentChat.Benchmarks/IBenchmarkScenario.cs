namespace TencentChat.Benchmarks;

/// <summary>
/// One figure group of docs/performance.md (P2, P3, …). A scenario starts what it needs (an emulator process, a
/// pwsh process) through <see cref="BenchmarkRun"/>, measures the module next to its baseline and returns rows.
/// Adding a scenario is one class plus one line in <see cref="ScenarioCatalog"/>.
/// </summary>
internal interface IBenchmarkScenario
{
    /// <summary>Short id used by <c>--only</c>, e.g. "P2".</summary>
    string Id { get; }

    Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, CancellationToken cancellationToken);
}

/// <summary>
/// One line of the results table: a measured value next to its baseline, the ratio and the target. A row that only
/// reports (the issue sets no target for it) has <see cref="Met"/> null.
/// </summary>
internal sealed record BenchmarkRow(string Id, string Measure, string Module, string Baseline, string Ratio, string Target, bool? Met);
