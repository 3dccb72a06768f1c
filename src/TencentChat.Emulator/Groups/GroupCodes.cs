using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>The group service and the codes only it answers (group spec §4).</summary>
internal static class GroupCodes
{
    public const int InternalError = 10002;
    public const int InvalidCommand = 10003;
    public const int InvalidParameter = 10004;
    public const int TooManyAccounts = 10005;
    public const int NotAllowed = 10007;
    public const int JsonParseFailed = 10011;
    public const int AlreadyMember = 10013;
    public const int GroupFull = 10014;
    public const int GroupNotFound = 10010;
    public const int InvalidGroupId = 10015;
    public const int SenderMuted = 10017;
    public const int AccountNotFound = 10019;
    public const int GroupIdInUse = 10021;

    /// <summary>10004 for a missing or malformed field, an account field of the wrong type included.</summary>
    public static readonly FieldCodes Fields = new(InvalidParameter, InvalidParameter);

    /// <summary>
    /// v4/group_open_http_svc: a non-admin identifier is 10007 ("confirm the operator is the App admin", spec §0; whether
    /// 60010 comes first is UNCONFIRMED), a body that is not JSON 10011.
    /// </summary>
    public static readonly ApiService Service = new("group_open_http_svc", NotAllowed, JsonParseFailed, Fields);

    public static ApiException Invalid(string info) => new(InvalidParameter, info);

    public static ApiException NotFound(string groupId) =>
        new(GroupNotFound, $"The group '{groupId}' does not exist or was dissolved.");

    /// <summary>The §2.2 refusal of a feature for a type, naming both.</summary>
    public static ApiException TypeRefuses(ChatGroup group, string feature, int code = NotAllowed) =>
        new(code, $"{feature} is not supported for {group.Type} groups ('{group.GroupId}').");
}
