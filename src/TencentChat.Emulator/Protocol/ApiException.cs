namespace TencentChat.Emulator.Protocol;

/// <summary>An API-level failure: answered as HTTP 200 with ActionStatus FAIL and this code and text.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(int errorCode, string errorInfo) : base(errorInfo) => ErrorCode = errorCode;

    public int ErrorCode { get; }
}
