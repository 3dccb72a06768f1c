using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>The recentcontact service and the codes only it answers (spec §1.6).</summary>
internal static class ConversationCodes
{
    public const int UnknownAccount = 50001;
    public const int InvalidParameter = 50002;
    public const int GroupCodeLookupFailed = 51007;
    public const int CapacityExceeded = 51008;
    // The ERR_SVR_CONV_* codes of Tencent's client-SDK error tables (spec §1.6 [sdk]); that REST returns them is the
    // spec's defensible reading, checked against a real app by the conformance suite.
    public const int TooManyItemsPerRequest = 51006;
    public const int ContactGroupNotFound = 51009;
    public const int TooManyContactGroups = 51010;
    public const int ContactGroupNameTooLong = 51011;

    /// <summary>50002 for a missing or malformed field, the public 60015 for an account field that is not a string (spec §1.5).</summary>
    public static readonly FieldCodes Fields = new(InvalidParameter, ErrorCodes.AccountFieldType);

    public static readonly ApiService Service = new("recentcontact", ErrorCodes.AdminRequired, ErrorCodes.BodyNotJson, Fields);

    public static ApiException Invalid(string info) => new(InvalidParameter, info);
}
