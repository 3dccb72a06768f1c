using System;

namespace TencentChat.Admin.Client.Errors
{
    /// <summary>
    /// Base of every failure the client reports. <see cref="ErrorId"/> is a stable contract (it becomes the
    /// PowerShell ErrorRecord's ErrorId); messages are redacted before they get here and carry no inner
    /// exception whose text could hold a URL with a UserSig.
    /// </summary>
    public abstract class ChatAdminException : Exception
    {
        protected ChatAdminException(string errorId, ChatErrorKind kind, string message) : base(message)
        {
            ErrorId = errorId;
            Kind = kind;
            RecommendedAction = ChatErrorCatalog.AdviceFor(errorId);
        }

        public string ErrorId { get; }
        public ChatErrorKind Kind { get; }

        /// <summary>What the failure is about (an account, a conversation id, a group name), for ErrorRecord.TargetObject.</summary>
        public object? Target { get; set; }

        /// <summary>A suggestion for the user (ErrorRecord.ErrorDetails.RecommendedAction); by default the ErrorId's advice in <see cref="ChatErrorCatalog"/>.</summary>
        public string? RecommendedAction { get; set; }

        /// <summary>
        /// True when every later request of the session would fail the same way (credentials, permission, connection, or
        /// an operation the session cannot do at all: InvalidOperation, e.g. SessionClosed, NoSecretKey), so work over many
        /// items stops instead of sending requests that are bound to fail.
        /// </summary>
        public bool IsSessionWide =>
            Kind == ChatErrorKind.AuthenticationError || Kind == ChatErrorKind.PermissionDenied || Kind == ChatErrorKind.ConnectionError
            || Kind == ChatErrorKind.InvalidOperation;

        /// <summary>
        /// The ResultCode and ResultInfo of a batch item that failed with this: Tencent's code and text, or 0 and the module's
        /// message when Tencent gave none (a transport failure, a refused input).
        /// </summary>
        internal virtual (int Code, string Info) ItemResult => (0, Message);
    }

    /// <summary>Tencent answered with a non-zero ErrorCode in the response envelope.</summary>
    public sealed class ChatApiException : ChatAdminException
    {
        internal ChatApiException(ChatErrorDefinition definition, string command, int errorCode, string errorInfo, string? errorDisplay, string message)
            : base(definition.ErrorId, definition.Kind, message)
        {
            Command = command;
            ErrorCode = errorCode;
            ErrorInfo = errorInfo;
            ErrorDisplay = errorDisplay;
            Retry = definition.Retry;
            RecommendedAction = definition.Advice;
        }

        /// <summary>The recentcontact command, e.g. get_list.</summary>
        public string Command { get; }
        public int ErrorCode { get; }
        public string ErrorInfo { get; }
        public string? ErrorDisplay { get; }
        internal RetryClass Retry { get; }

        internal override (int Code, string Info) ItemResult => (ErrorCode, ErrorInfo);
    }

    /// <summary>The request did not get an answer: DNS, refused or reset connections, timeouts, HTTP status errors.</summary>
    public sealed class ChatTransportException : ChatAdminException
    {
        internal ChatTransportException(string errorId, ChatErrorKind kind, string message, TransportFailure failure, int? httpStatus = null)
            : base(errorId, kind, message)
        {
            Failure = failure;
            HttpStatus = httpStatus;
        }

        internal TransportFailure Failure { get; }
        public int? HttpStatus { get; }
    }

    /// <summary>An answer came back but is not the JSON the API documents (HTML error page, truncated, wrongly typed).</summary>
    public sealed class ChatProtocolException : ChatAdminException
    {
        internal ChatProtocolException(string errorId, string message) : base(errorId, ChatErrorKind.InvalidResult, message) { }
    }

    /// <summary>Input rejected before anything was sent: the message names the offending value and the limit.</summary>
    public sealed class ChatInputException : ChatAdminException
    {
        public ChatInputException(string errorId, string message, object? target = null, ChatErrorKind kind = ChatErrorKind.InvalidArgument)
            : base(errorId, kind, message)
        {
            Target = target;
        }
    }
}
