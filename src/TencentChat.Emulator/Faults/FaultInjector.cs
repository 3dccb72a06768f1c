namespace TencentChat.Emulator.Faults;

/// <summary>
/// Draws faults. Every request to a matching command consumes exactly one number from a generator seeded with
/// <see cref="FaultSettings.Seed"/>, laid against the faults' rates end to end in their fixed bands
/// (<see cref="Fault.Band"/>), so the same seed and the same request sequence give the same faults.
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

    /// <summary>The fault for this request to <paramref name="command"/>, or null for none.</summary>
    public Fault? Draw(string command)
    {
        lock (_lock)
        {
            if (_settings.IsOff || !_settings.Applies(command)) return null;
            double u = _random.NextDouble();
            foreach (Fault fault in FaultKinds.InBandOrder)
            {
                u -= _settings.RateOf(fault.Kind);
                if (u < 0) return fault;
            }
            return null;
        }
    }
}
