namespace TencentChat.Emulator.Protocol;

/// <summary>
/// The codes any command may answer, whatever its family: the public codes (spec §1.5), the UserSig checks, and the
/// retryable 50004/50005 that fault injection sends for every command. Each family declares its own codes beside it.
/// </summary>
internal static class ErrorCodes
{
    public const int Ok = 0;
    public const int InternalError = 50004;
    public const int NetworkTimeout = 50005;
    public const int UrlUnparsable = 60002;
    public const int BodyNotJson = 60003;
    public const int AccountOrSignatureWrong = 60004;
    public const int FrequencyLimit = 60007;
    public const int MalformedRequest = 60008;
    public const int ResourceWrong = 60009;
    public const int AdminRequired = 60010;
    public const int SdkAppIdMissing = 60012;
    public const int AccountFieldType = 60015;
    public const int UserSigExpired = 70001;
    public const int UserSigEmpty = 70002;
    public const int UserSigInvalid = 70003;
    public const int UserSigKeyMismatch = 70009;
    public const int UserSigIdentifierMismatch = 70013;
    public const int UserSigSdkAppIdMismatch = 70014;
    public const int SdkAppIdNotFound = 70020;
    /// <summary>A UserSig issued before its account was kicked (account spec §3.5); authentication checks it for every service.</summary>
    public const int UserSigRevoked = 70052;
}
