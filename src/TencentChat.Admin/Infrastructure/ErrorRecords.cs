using System;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>ErrorRecords from the client's typed exceptions: stable ErrorId, mapped category, the failing item as target.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord From(ChatAdminException exception, object? target = null)
        {
            var record = new ErrorRecord(exception, exception.ErrorId, Category(exception.Kind), target ?? exception.Target);
            if (exception.RecommendedAction != null)
                record.ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = exception.RecommendedAction };
            return record;
        }

        public static ErrorRecord NotConnected() =>
            new ErrorRecord(
                new InvalidOperationException("Not connected to a Tencent Chat app. Run Connect-ChatAdmin first, or pass -Session."),
                "NotConnected", ErrorCategory.InvalidOperation, null)
            {
                ErrorDetails = new ErrorDetails("Not connected to a Tencent Chat app. Run Connect-ChatAdmin first, or pass -Session.")
                {
                    RecommendedAction = "Connect-ChatAdmin -SdkAppId <id> -SecretKey (Read-Host -AsSecureString) -Region <region>",
                },
            };

        /// <summary>
        /// A question PowerShell had to ask (ConfirmImpact, -Confirm, an Inquire preference) that the host cannot show,
        /// because it runs -NonInteractive or has no user interface: nothing was done for <paramref name="target"/>, and
        /// <paramref name="answer"/> says how to decide in the command instead.
        /// </summary>
        public static ErrorRecord ConfirmationRequired(Exception hostFailure, string question, string answer, object? target)
        {
            string message = $"Confirmation required: {question} This PowerShell host cannot ask (it runs -NonInteractive or has no user interface), so nothing was done for it.";
            return new ErrorRecord(new PSInvalidOperationException(message, hostFailure), "ConfirmationRequired", ErrorCategory.InvalidOperation, target)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = answer },
            };
        }

        /// <summary>Anything the client did not anticipate, without its stack trace and with secrets removed.</summary>
        public static ErrorRecord Unexpected(Exception exception, string redactedMessage) =>
            new ErrorRecord(new InvalidOperationException($"Unexpected {exception.GetType().Name}: {redactedMessage}"),
                "UnexpectedError", ErrorCategory.NotSpecified, null)
            {
                ErrorDetails = new ErrorDetails($"Unexpected {exception.GetType().Name}: {redactedMessage}")
                {
                    RecommendedAction = "This is a bug in TencentChat.Admin: please report it with this message (it holds no secrets).",
                },
            };

        // The names of ChatErrorKind are ErrorCategory names by design (tested), so this never falls back in practice.
        private static ErrorCategory Category(ChatErrorKind kind) =>
            Enum.TryParse(kind.ToString(), out ErrorCategory category) ? category : ErrorCategory.NotSpecified;
    }
}
