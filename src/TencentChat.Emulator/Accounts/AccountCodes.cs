using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Accounts;

/// <summary>The account family's two services and the codes only they answer (account spec §4, §0): im_open_login_svc 70xxx, openim 90xxx.</summary>
internal static class AccountCodes
{
    public const int ProfileValueTooLong = 40601;
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

    /// <summary>The account commands: 70403 for a non-admin, 70402 for any bad field (a non-string UserID included).</summary>
    public static readonly ApiService LoginService = new("im_open_login_svc", LoginAdminRequired, ErrorCodes.BodyNotJson,
        new FieldCodes(LoginInvalidParameter, LoginInvalidParameter));

    /// <summary>query_online_status: 90009 for a non-admin, 90001 for an unparsable body or a bad field, 90003 for a To_Account that is not a string.</summary>
    public static readonly ApiService OpenIm = new("openim", OpenImAdminRequired, OpenImBodyInvalid,
        new FieldCodes(OpenImBodyInvalid, OpenImAccountNotString));
}
