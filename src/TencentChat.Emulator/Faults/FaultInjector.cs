namespace TencentChat.Emulator.Faults;

/// <summary>
/// Draws faults. Every request to a matching command consumes exactly one number from a generator seeded with
/// <see cref="FaultSettings.Seed"/>, so the same seed and the same request sequence give the same faults.
/// </summary>
internal sealed class FaultInjector
{
    private readonly object _lock = new();
    private FaultSettings _settings = FaultSettings.None;
    private Random _random = new(0);

    public FaultSettings Settings
    {
        get { lock (_lock) return _settings; }
    }

    public void Set(FaultSettings settings)
    {
        settings.Validate();
        lock (_lock)
        {
            _settings = settings;
            _random = new Random(settings.Seed);
        }
    }

    public FaultKind Draw(string command)
    {
        lock (_lock)
        {
            if (_settings.IsOff || !_settings.Applies(command)) return FaultKind.None;
            double u = _random.NextDouble();
            foreach (FaultKind kind in FaultKinds.All)
            {
                u -= _settings.RateOf(kind);
                if (u < 0) return kind;
            }
            return FaultKind.None;
        }
    }
}
