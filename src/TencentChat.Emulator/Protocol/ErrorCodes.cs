namespace TencentChat.Emulator.Protocol;

/// <summary>The error codes the emulator answers with (spec §1.5, §1.6).</summary>
internal static class ErrorCodes
{
    public const int Ok = 0;
    public const int UnknownAccount = 50001;
    public const int InvalidParameter = 50002;
    public const int InternalError = 50004;
    public const int NetworkTimeout = 50005;
    public const int GroupCodeLookupFailed = 51007;
    public const int CapacityExceeded = 51008;
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

    // The account family (account spec §4, §0): im_open_login_svc answers 70xxx, openim 90xxx.
    public const int ProfileValueTooLong = 40601;
    public const int UserSigRevoked = 70052;
    public const int AccountNotFound = 70107;
    public const int InvalidBatchCount = 70206;
    public const int AccountCapReached = 70398;
    public const int LoginInvalidParameter = 70402;
    public const int LoginAdminRequired = 70403;
    public const int DeletionNotAllowed = 71000;
    public const int OpenImBodyInvalid = 90001;
    public const int OpenImAccountNotString = 90003;
    public const int OpenImAdminRequired = 90009;
    public const int TooManyStatusAccounts = 90011;
}
