using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Http;
using TencentChat.Emulator.Seeds;
using TencentChat.Emulator.State;
using TencentChat.Emulator.Stats;

namespace TencentChat.Emulator.Hosting;

/// <summary>The live parts of one emulator: state, counters, faults, limiter and authenticator.</summary>
internal sealed class EmulatorRuntime : IDisposable
{
    private readonly SeedPlan _seed;
    private volatile ChatState _state;

    public EmulatorRuntime(EmulatorOptions options)
    {
        options.Validate();
        Options = options;
        _seed = SeedPlan.Parse(options.Seed);
        _state = _seed.Build(options.Administrators, options.Clock);
        Limiter = new RateLimiter(options.RateLimit);
        Authenticator = new RequestAuthenticator(options);
    }

    public EmulatorOptions Options { get; }
    public ChatState State => _state;
    public EmulatorStats Stats { get; } = new();
    public FaultInjector Faults { get; } = new();
    public RateLimiter Limiter { get; }
    public RequestAuthenticator Authenticator { get; }

    /// <summary>Back to the seed state with zeroed counters, no faults and full rate-limit buckets.</summary>
    public void Reset()
    {
        _state = _seed.Build(Options.Administrators, Options.Clock);
        Stats.Clear();
        Faults.Set(FaultSettings.None);
        Limiter.Clear();
    }

    public void Dispose() => Authenticator.Dispose();
}
