using System.Text.Json;
using System.Text.Json.Nodes;

namespace TencentChat.Emulator.Faults;

/// <summary>
/// Fault rates (each 0..1, summing to at most 1: one uniform draw per matching request picks at most one fault),
/// an optional command filter and the seed that makes the sequence reproducible.
/// </summary>
public sealed record FaultSettings
{
    public static readonly FaultSettings None = new();

    public IReadOnlyDictionary<FaultKind, double> Rates { get; init; } = new Dictionary<FaultKind, double>();

    public int StallMs { get; init; } = 5000;

    /// <summary>Only these commands get faults; null = every command.</summary>
    public IReadOnlyList<string>? Commands { get; init; }

    public int Seed { get; init; }

    public double RateOf(FaultKind kind) => Rates.GetValueOrDefault(kind);

    public bool IsOff => FaultKinds.All.All(k => RateOf(k) == 0);

    public bool Applies(string command) => Commands == null || Commands.Contains(command, StringComparer.Ordinal);

    /// <exception cref="ArgumentException">A rate outside 0..1, rates summing over 1, or a negative StallMs.</exception>
    public void Validate()
    {
        foreach (FaultKind kind in FaultKinds.All)
        {
            double rate = RateOf(kind);
            if (!(rate >= 0 && rate <= 1)) throw new ArgumentException($"The rate of '{kind.WireName()}' must be within 0..1, not {rate}.");
        }
        double sum = FaultKinds.All.Sum(RateOf);
        if (sum > 1 + 1e-9) throw new ArgumentException($"The fault rates sum to {sum}; at most one fault is drawn per request, so they may sum to 1 at most.");
        if (StallMs < 0) throw new ArgumentException("stallMs must not be negative.");
    }

    /// <summary>Reads the control API shape: {"50004":0.1,"50005":0,"throttle":0,"http502":0,"reset":0,"stall":0,"stallMs":5000,"commands":["get_list"],"seed":42}.</summary>
    public static FaultSettings FromJson(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object) throw new ArgumentException("The fault settings must be a JSON object.");
        var known = new HashSet<string>(FaultKinds.All.Select(k => k.WireName()).Concat(new[] { "stallMs", "commands", "seed" }));
        string? unknown = json.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !known.Contains(n));
        if (unknown != null) throw new ArgumentException($"Unknown fault setting '{unknown}'; known: {string.Join(", ", known)}.");

        var rates = new Dictionary<FaultKind, double>();
        foreach (FaultKind kind in FaultKinds.All)
        {
            if (json.TryGetProperty(kind.WireName(), out JsonElement rate)) rates[kind] = Number(rate, kind.WireName());
        }
        var settings = new FaultSettings
        {
            Rates = rates,
            StallMs = json.TryGetProperty("stallMs", out JsonElement stall) ? (int)Number(stall, "stallMs") : 5000,
            Commands = json.TryGetProperty("commands", out JsonElement commands) && commands.ValueKind != JsonValueKind.Null
                ? commands.EnumerateArray().Select(c => c.GetString() ?? throw new ArgumentException("commands must be strings.")).ToList()
                : null,
            Seed = json.TryGetProperty("seed", out JsonElement seed) ? (int)Number(seed, "seed") : 0,
        };
        settings.Validate();
        return settings;
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (FaultKind kind in FaultKinds.All) json[kind.WireName()] = RateOf(kind);
        json["stallMs"] = StallMs;
        json["commands"] = Commands == null ? null : new JsonArray(Commands.Select(c => (JsonNode)c).ToArray());
        json["seed"] = Seed;
        return json;
    }

    private static double Number(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw new ArgumentException($"'{name}' must be a number.");
}
