namespace TencentChat.Emulator.Protocol;

/// <summary>
/// A v4 service, the path segment before the command, with the codes it answers for the failures all its commands
/// share: a non-admin identifier, a body that is not a JSON object, and bad fields (account spec §0, §4).
/// </summary>
internal sealed record ApiService(string Name, int AdminRequired, int BodyNotJson, FieldCodes Fields)
{
    public static readonly ApiService RecentContact = new("recentcontact", ErrorCodes.AdminRequired, ErrorCodes.BodyNotJson, FieldCodes.RecentContact);

    /// <summary>The account commands: 70403 for a non-admin, 70402 for any bad field (a non-string UserID included).</summary>
    public static readonly ApiService LoginService = new("im_open_login_svc", ErrorCodes.LoginAdminRequired, ErrorCodes.BodyNotJson,
        new FieldCodes(ErrorCodes.LoginInvalidParameter, ErrorCodes.LoginInvalidParameter));

    /// <summary>query_online_status: 90009 for a non-admin, 90001 for an unparsable body or a bad field, 90003 for a To_Account that is not a string.</summary>
    public static readonly ApiService OpenIm = new("openim", ErrorCodes.OpenImAdminRequired, ErrorCodes.OpenImBodyInvalid,
        new FieldCodes(ErrorCodes.OpenImBodyInvalid, ErrorCodes.OpenImAccountNotString));
}
