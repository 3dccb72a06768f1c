using TencentChat.Emulator.Faults;

namespace TencentChat.Emulator.Tests.Faults;

/// <summary>Each fault is one entry with its own name and band, and a seed keeps giving the faults it gave before.</summary>
public sealed class FaultTableTests
{
    private static FaultSettings EveryFault(int seed) => new()
    {
        Rates = FaultKinds.All.ToDictionary(kind => kind, _ => 0.1),
        StallMs = 0,
        Seed = seed,
    };

    [Fact]
    public void Every_fault_kind_has_one_entry_with_its_own_name_and_band()
    {
        var kinds = Enum.GetValues<FaultKind>().Where(k => k != FaultKind.None).ToList();
        Assert.Equal(kinds.OrderBy(k => k), FaultKinds.Entries.Select(f => f.Kind).OrderBy(k => k));
        Assert.Equal(FaultKinds.Entries.Count, FaultKinds.Entries.Select(f => f.Name).Distinct().Count());
        Assert.Equal(FaultKinds.Entries.Count, FaultKinds.Entries.Select(f => f.Band).Distinct().Count());
        // The names the control API and stats have always used.
        Assert.Equal(new[] { "50004", "50005", "throttle", "http502", "reset", "stall" }, FaultKinds.All.Select(k => k.WireName()));
    }

    /// <summary>
    /// Pinned: what seed 42 gave before the faults were entries. Reordering <see cref="FaultKinds.Entries"/> must not change
    /// it; only changing a fault's band would, which is why bands are written down.
    /// </summary>
    [Fact]
    public void Seed_42_gives_the_same_fault_sequence_as_always()
    {
        var injector = new FaultInjector();
        injector.Set(EveryFault(42));

        string drawn = string.Join(" ", Enumerable.Range(0, 24).Select(_ => injector.Draw("get_list")?.Name ?? "-"));

        Assert.Equal(Pinned, drawn);
    }

    private const string Pinned =
        "- 50005 50005 stall 50005 throttle - stall 50005 - throttle throttle stall http502 http502 throttle stall 50004 - stall http502 50005 50004 -";
}
