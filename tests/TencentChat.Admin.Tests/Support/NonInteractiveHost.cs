using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace TencentChat.Admin.Tests.Support;

/// <summary>
/// A host that cannot ask, as an unattended runbook's: with a UI, every read and prompt throws the
/// PSInvalidOperationException that pwsh -NonInteractive's console host throws (ConsoleHostUserInterface.HandleThrowOnReadAndPrompt);
/// without one (<c>withUserInterface: false</c>), PowerShell itself meets a host whose UI is null.
/// </summary>
public sealed class NonInteractiveHost(bool withUserInterface) : PSHost
{
    private readonly PSHostUserInterface? _ui = withUserInterface ? new ThrowingUserInterface() : null;

    public override string Name => "TencentChat.Admin.Tests.NonInteractive";
    public override Version Version { get; } = new(1, 0);
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;
    public override PSHostUserInterface? UI => _ui;

    public override void EnterNestedPrompt() => throw new NotSupportedException();
    public override void ExitNestedPrompt() => throw new NotSupportedException();
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }
    public override void SetShouldExit(int exitCode) { }

    public override string ToString() => withUserInterface ? "a -NonInteractive console UI" : "no UI";

    private sealed class ThrowingUserInterface : PSHostUserInterface
    {
        // The console host's exact words.
        private static Exception NonInteractive() =>
            new PSInvalidOperationException("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.");

        public override PSHostRawUserInterface? RawUI => null;

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => throw NonInteractive();
        public override string ReadLine() => throw NonInteractive();
        public override SecureString ReadLineAsSecureString() => throw NonInteractive();
        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw NonInteractive();
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw NonInteractive();
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
            PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw NonInteractive();

        public override void WriteLine(string value) { }
        public override void Write(string value) { }
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { }
        public override void WriteErrorLine(string value) { }
        public override void WriteDebugLine(string message) { }
        public override void WriteProgress(long sourceId, ProgressRecord record) { }
        public override void WriteVerboseLine(string message) { }
        public override void WriteWarningLine(string message) { }
    }
}
