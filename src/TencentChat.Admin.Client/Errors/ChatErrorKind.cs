namespace TencentChat.Admin.Client.Errors
{
    /// <summary>
    /// The kind of a failure. Every member's name is also a member of PowerShell's ErrorCategory, so the
    /// cmdlet layer maps it by name; a metadata test holds the two enums together.
    /// </summary>
    public enum ChatErrorKind
    {
        NotSpecified,
        InvalidArgument,
        InvalidData,
        InvalidOperation,
        InvalidResult,
        ObjectNotFound,
        OperationTimeout,
        PermissionDenied,
        ResourceUnavailable,
        SecurityError,
        ProtocolError,
        ConnectionError,
        AuthenticationError,
        LimitsExceeded,
        QuotaExceeded,
        ResourceExists,
    }
}
