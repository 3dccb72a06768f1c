using System;
using System.Management.Automation;
using System.Management.Automation.Host;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Which exceptions a cmdlet meets that are PowerShell's own business rather than the module's, and which of them
    /// mean "the host cannot ask the user". Checked against PowerShell's source (System.Management.Automation:
    /// MshCommandRuntime.InquireHelper, InternalHostUserInterface, parserutils.cs; Microsoft.PowerShell.ConsoleHost:
    /// ConsoleHostUserInterface.HandleThrowOnReadAndPrompt) and proved in runspaces by HostPromptTests.
    /// </summary>
    internal static class HostExceptions
    {
        /// <summary>
        /// True for what PowerShell raises to stop a pipeline, end a command or report its host or engine: these pass the
        /// cmdlet's guard as they are, because PowerShell reports or handles them itself, and are never an UnexpectedError.
        /// </summary>
        public static bool BelongsToPowerShell(Exception exception) =>
            // PipelineStoppedException (Ctrl+C, PowerShell.Stop), ActionPreferenceStopException (-ErrorAction Stop, a prompt
            // answered "Halt"), HostException and PromptingException (a host without UI), PipelineClosedException,
            // ParameterBindingException: all RuntimeException.
            exception is RuntimeException
            // StopUpstreamCommandsException (Select-Object -First), exit, break, continue: FlowControlException, a SystemException.
            || exception is FlowControlException
            // Out-Host -Paging answered "q".
            || exception is HaltCommandException
            || exception is ScriptCallDepthException
            // The engine's own InvalidOperation/NotSupported/Argument exceptions carry their ErrorRecord (the console
            // host's "PowerShell is in NonInteractive mode" is a PSInvalidOperationException): PowerShell shows them as
            // they are.
            || (exception is IContainsErrorRecord && exception.GetType().Assembly == typeof(PSCmdlet).Assembly);

        /// <summary>
        /// True when a prompt (ShouldProcess, ShouldContinue, an Inquire preference) failed because the host cannot ask:
        /// pwsh -NonInteractive's console host throws PSInvalidOperationException from PromptForChoice; with a host that
        /// has no UI, PowerShell throws HostException (HostFunctionNotImplemented); a custom host that does not
        /// implement prompting throws NotImplementedException or NotSupportedException. Only meaningful around a call that
        /// prompts: the same types raised elsewhere mean something else.
        /// </summary>
        public static bool CannotPrompt(Exception exception) =>
            exception is PSInvalidOperationException || exception is HostException
            || exception is NotImplementedException || exception is NotSupportedException;
    }
}
