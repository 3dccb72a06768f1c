using System.Text.Json.Nodes;

namespace TencentChat.Emulator.Stats;

/// <summary>
/// Counters at one moment. <see cref="Requests"/> has every command name of the command table; <see cref="Throttled"/> counts
/// the rate limiter's 60007 answers; <see cref="FaultsInjected"/> is keyed by the fault's wire name
/// ("50004", "50005", "throttle", "http502", "reset", "stall"). <see cref="Errors"/> counts the non-zero ErrorCodes
/// the service itself answered (validation, UserSig, rate limiter), not the injected ones: a soak test reads 70001 here.
/// </summary>
public sealed record EmulatorStatsSnapshot(IReadOnlyDictionary<string, long> Requests, long Throttled, IReadOnlyDictionary<string, long> FaultsInjected,
    IReadOnlyDictionary<int, long> Errors)
{
    public JsonObject ToJson() => new()
    {
        ["requests"] = Counts(Requests),
        ["throttled"] = Throttled,
        ["faultsInjected"] = Counts(FaultsInjected),
        ["errors"] = Counts(Errors.ToDictionary(p => p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Value)),
    };

    private static JsonObject Counts(IReadOnlyDictionary<string, long> counts) =>
        new(counts.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
}
