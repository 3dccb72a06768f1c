using System.Collections.Concurrent;
using TencentChat.Emulator.Faults;

namespace TencentChat.Emulator.Stats;

/// <summary>Request counters, thread-safe. Every request to a known command (any service) counts, rejected or not.</summary>
internal sealed class EmulatorStats
{
    private readonly ConcurrentDictionary<string, long> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<FaultKind, long> _faults = new();
    private readonly ConcurrentDictionary<int, long> _errors = new();
    private readonly IReadOnlyList<string> _commands;
    private long _throttled;

    /// <param name="commands">Every command name, in the order the snapshot lists them.</param>
    public EmulatorStats(IReadOnlyList<string> commands) => _commands = commands;

    public void CountRequest(string command) => _requests.AddOrUpdate(command, 1, (_, n) => n + 1);

    public void CountThrottled() => Interlocked.Increment(ref _throttled);

    public void CountFault(FaultKind kind) => _faults.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public void CountError(int code) => _errors.AddOrUpdate(code, 1, (_, n) => n + 1);

    public void Clear()
    {
        _requests.Clear();
        _faults.Clear();
        _errors.Clear();
        Interlocked.Exchange(ref _throttled, 0);
    }

    public EmulatorStatsSnapshot Snapshot() => new(
        _commands.ToDictionary(c => c, c => _requests.GetValueOrDefault(c), StringComparer.Ordinal),
        Interlocked.Read(ref _throttled),
        FaultKinds.All.ToDictionary(k => k.WireName(), k => _faults.GetValueOrDefault(k), StringComparer.Ordinal),
        new SortedDictionary<int, long>(_errors));
}
