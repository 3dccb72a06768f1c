using System.Text.Json;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Stats;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Http;

/// <summary>
/// The live parts of one emulator: state, the families' commands and control operations, counters, faults, limiter,
/// authenticator and the settings the control API may change while it runs.
/// </summary>
internal sealed class EmulatorRuntime : IDisposable
{
    private readonly Func<ChatState> _newState;
    private volatile ChatState _state;
    private volatile int _latencyMs;

    /// <param name="register">Adds every family's commands and control operations (the composition root's list).</param>
    /// <param name="newState">A fresh state with every family attached and the seed's data; at start and on every reset.</param>
    public EmulatorRuntime(EmulatorOptions options, Action<FamilyRegistry> register, Func<ChatState> newState)
    {
        Options = options;
        _newState = newState;
        _latencyMs = options.LatencyMs;
        Limiter = new RateLimiter(options.RateLimit);
        Registry.Settings.Add("LatencyMs", new Setting(() => LatencyMs, value => NonNegative(value, "LatencyMs", ms => _latencyMs = ms)));
        Registry.Settings.Add("RateLimit", new Setting(() => Limiter.PerSecond, value => NonNegative(value, "RateLimit", Limiter.SetRate)));
        register(Registry);
        _state = newState();
        Stats = new EmulatorStats(Registry.Commands.ByName.Keys.ToList());
        Authenticator = new RequestAuthenticator(options);
    }

    public EmulatorOptions Options { get; }
    public FamilyRegistry Registry { get; } = new();
    public CommandTable Commands => Registry.Commands;
    public ChatState State => _state;
    public EmulatorStats Stats { get; }
    public FaultInjector Faults { get; } = new();
    public RateLimiter Limiter { get; }
    public RequestAuthenticator Authenticator { get; }

    /// <summary>Delay added to every API request: <see cref="EmulatorOptions.LatencyMs"/> until the control API changes it.</summary>
    public int LatencyMs => _latencyMs;

    /// <summary>Back to the seed state and the started settings, with zeroed counters, no faults and full rate-limit buckets.</summary>
    public void Reset()
    {
        _state = _newState();
        Stats.Clear();
        Faults.Set(FaultSettings.None);
        _latencyMs = Options.LatencyMs;
        Limiter.SetRate(Options.RateLimit);
    }

    private static Action NonNegative(JsonElement value, string key, Action<int> apply) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) && number >= 0
            ? () => apply(number)
            : throw new ArgumentException($"{key} must be a non-negative 32-bit integer, not {value.GetRawText()}.");

    public void Dispose() => Authenticator.Dispose();
}
