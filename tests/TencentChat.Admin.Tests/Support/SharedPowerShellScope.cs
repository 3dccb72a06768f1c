namespace TencentChat.Admin.Tests.Support;

/// <summary>
/// One <see cref="PowerShellScope"/> for all the cases of a test class (xunit runs them one after another): a
/// runspace and emulator per case would cost more than the case. Each case starts with <see cref="Reset"/>.
/// </summary>
public sealed class SharedPowerShellScope : IAsyncLifetime
{
    private PowerShellScope? _scope;

    public async Task InitializeAsync() => _scope = await PowerShellScope.StartAsync();

    /// <summary>The scope with the emulator back at its seed (stats zeroed, faults off) and the host's records cleared.</summary>
    public PowerShellScope Reset()
    {
        _scope!.Emulator.Host.Reset();
        _scope.Host.Clear();
        return _scope;
    }

    public async Task DisposeAsync() => await _scope!.DisposeAsync();
}
