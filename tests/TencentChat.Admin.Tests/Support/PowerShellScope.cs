using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using TencentChat.Admin.Client.Connection;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Support;

/// <summary>
/// A real PowerShell 7.6 runspace in the test process (Microsoft.PowerShell.SDK) with the module imported from its
/// manifest, as a user imports it, and an in-process emulator behind it: the pnp/powershell PSTestScope idea.
/// <see cref="Session"/> (fast retries, no client rate limit) is every cmdlet's default <c>-Session</c> through
/// <c>$PSDefaultParameterValues</c>, so scripts read like a user's; a test that wants Connect-ChatAdmin itself calls it.
/// The <see cref="RecordingHost"/> keeps what ShouldProcess shows and answers "No" to every -Confirm question.
/// </summary>
public sealed class PowerShellScope : IAsyncDisposable
{
    private readonly Runspace _runspace;

    private PowerShellScope(EmulatorFixture emulator, ChatSession session)
    {
        Emulator = emulator;
        Session = session;
        var state = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows())
            state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        state.ImportPSModule(ModuleManifest);
        state.Variables.Add(new SessionStateVariableEntry("ChatTestSession", session, "The test's session on the in-process emulator."));
        _runspace = RunspaceFactory.CreateRunspace(Host, state);
        _runspace.Open();
        Run("$PSDefaultParameterValues['*-Chat*:Session'] = $ChatTestSession").ThrowIfFailed();
    }

    /// <summary>The module manifest in the test output folder, next to the cmdlet assembly the test project built.</summary>
    public static string ModuleManifest => Path.Combine(AppContext.BaseDirectory, "TencentChat.Admin.psd1");

    public EmulatorFixture Emulator { get; }

    public ChatSession Session { get; }

    public RecordingHost Host { get; } = new();

    public static async Task<PowerShellScope> StartAsync(EmulatorOptions? options = null, Action<ChatConnectionSettings>? configure = null)
    {
        var emulator = await EmulatorFixture.StartAsync(options);
        return new PowerShellScope(emulator, emulator.OpenSession(configure));
    }

    /// <summary>
    /// Runs <paramref name="script"/> and collects every stream. A terminating error ends the script and is captured in
    /// <see cref="PowerShellRun.Terminating"/>, not thrown: the script runs inside try/catch, because a hosted script
    /// would otherwise log a statement-terminating error like a non-terminating one and go on with the next statement.
    /// </summary>
    public PowerShellRun Run(string script, IDictionary<string, object?>? variables = null)
    {
        using var shell = Create("try {\n" + script + "\n} catch { throw }", variables);
        Collection<PSObject> output = new();
        Exception? terminating = null;
        try
        {
            output = shell.Invoke();
        }
        catch (RuntimeException e)
        {
            terminating = e;
        }
        return PowerShellRun.From(shell, output, terminating);
    }

    /// <summary>A PowerShell instance on this scope's runspace, for tests that start, stop or stream it themselves.</summary>
    public PowerShell Create(string script, IDictionary<string, object?>? variables = null)
    {
        var shell = PowerShell.Create();
        shell.Runspace = _runspace;
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
            _runspace.SessionStateProxy.SetVariable(name, value);
        shell.AddScript(script);
        return shell;
    }

    public async ValueTask DisposeAsync()
    {
        _runspace.Dispose();
        await Emulator.DisposeAsync();
    }
}

/// <summary>What one script run wrote to each stream.</summary>
public sealed record PowerShellRun(
    IReadOnlyList<PSObject> Output,
    IReadOnlyList<ErrorRecord> Errors,
    IReadOnlyList<WarningRecord> Warnings,
    IReadOnlyList<VerboseRecord> Verbose,
    IReadOnlyList<ProgressRecord> Progress,
    Exception? Terminating,
    IReadOnlyList<DebugRecord> Debug)
{
    public static PowerShellRun From(PowerShell shell, IEnumerable<PSObject> output, Exception? terminating) => new(
        output.ToList(), shell.Streams.Error.ToList(), shell.Streams.Warning.ToList(), shell.Streams.Verbose.ToList(),
        shell.Streams.Progress.ToList(), terminating, shell.Streams.Debug.ToList());

    /// <summary>The output's base objects of type <typeparamref name="T"/>.</summary>
    public IReadOnlyList<T> Objects<T>() => Output.Select(o => o.BaseObject).OfType<T>().ToList();

    /// <summary>The ErrorIds of the non-terminating errors (the first part of FullyQualifiedErrorId).</summary>
    public IReadOnlyList<string> ErrorIds => Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]).ToList();

    /// <summary>The terminating error's ErrorRecord, when the run ended with one.</summary>
    public ErrorRecord? TerminatingRecord => (Terminating as IContainsErrorRecord)?.ErrorRecord;

    public PowerShellRun ThrowIfFailed()
    {
        if (Terminating != null || Errors.Count > 0)
            throw new InvalidOperationException("The script failed: " + (Terminating?.Message ?? string.Join("; ", Errors.Select(e => e.ToString()))));
        return this;
    }
}
