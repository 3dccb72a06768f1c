using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text.RegularExpressions;

namespace TencentChat.Admin.Tests.Support;

/// <summary>
/// The runspace's host: it keeps what ShouldProcess shows (the "What if:" lines of -WhatIf, the questions of
/// -Confirm) and answers every question with "No", as a user declining each prompt would.
/// </summary>
public sealed class RecordingHost : PSHost
{
    private readonly RecordingUserInterface _ui = new();

    public override string Name => "TencentChat.Admin.Tests";
    public override Version Version { get; } = new(1, 0);
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;
    public override PSHostUserInterface UI => _ui;

    /// <summary>The targets ShouldProcess named, in order, from "What if:" lines and -Confirm questions alike.</summary>
    public IReadOnlyList<string> ShouldProcessTargets =>
        _ui.Shown.SelectMany(text => ShouldProcessTarget.Matches(text).Select(m => m.Groups["target"].Value)).ToList();

    /// <summary>Everything the host was shown, in order: "What if:" lines and -Confirm questions with their action texts.</summary>
    public IReadOnlyList<string> Shown => _ui.Shown.ToList();

    /// <summary>How many questions were answered "No".</summary>
    public int Declined => _ui.Declined;

    public void Clear() => _ui.Clear();

    public override void EnterNestedPrompt() => throw new NotSupportedException();
    public override void ExitNestedPrompt() => throw new NotSupportedException();
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }
    public override void SetShouldExit(int exitCode) { }

    // PowerShell's wording for both -WhatIf and -Confirm: Performing the operation "ACTION" on target "TARGET".
    private static readonly Regex ShouldProcessTarget = new("on target \"(?<target>.*?)\"\\.", RegexOptions.Singleline);

    private sealed class RecordingUserInterface : PSHostUserInterface
    {
        private readonly ConcurrentQueue<string> _shown = new();
        private int _declined;

        public IEnumerable<string> Shown => _shown;
        public int Declined => _declined;

        public void Clear()
        {
            _shown.Clear();
            _declined = 0;
        }

        public override PSHostRawUserInterface? RawUI => null;

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            _shown.Enqueue(message);
            Interlocked.Increment(ref _declined);
            int no = choices.ToList().FindIndex(c => c.Label.Replace("&", "") == "No");
            return no >= 0 ? no : throw new InvalidOperationException($"A prompt without a 'No' choice: {caption} {message}");
        }

        public override void WriteLine(string value) => _shown.Enqueue(value);
        public override void Write(string value) => _shown.Enqueue(value);
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => _shown.Enqueue(value);
        public override void WriteErrorLine(string value) { }
        public override void WriteDebugLine(string message) { }
        public override void WriteProgress(long sourceId, ProgressRecord record) { }
        public override void WriteVerboseLine(string message) { }
        public override void WriteWarningLine(string message) { }

        public override string ReadLine() => throw new NotSupportedException("The tests never read from the console.");
        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException("The tests never read from the console.");
        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
            throw new NotSupportedException("The tests never prompt for values.");
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new NotSupportedException("The tests never prompt for credentials.");
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
            PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new NotSupportedException("The tests never prompt for credentials.");
    }
}
