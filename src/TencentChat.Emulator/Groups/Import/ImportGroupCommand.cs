using System.Text;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Groups.Messages;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups.Import;

/// <summary>
/// import_group (group spec §3.6): create_group without MemberList, plus CreateTime (default now; a time in the future is
/// 10004) so a migrated group keeps its age. Type and Name are required; AVChatRoom cannot be imported (10007). A custom
/// GroupId follows §2.3 (printable ASCII, at most 48 bytes; not @TGS#..., except that a Community's must start with
/// @TGS#_): else 10015; one in use is 10021. Owner_Account, when given, must be an imported account (10019) and joins as
/// Owner at CreateTime. Profile lengths follow the limits switch (§2.5). No callbacks, no notifications.
/// </summary>
internal sealed class ImportGroupCommand(GroupOptions options) : ICommand
{
    public string Name => "import_group";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string typeText = body.String("Type");
        GroupType type = GroupTypes.Parse(typeText) ?? throw body.Invalid($"Type '{typeText}' is not a group type.");
        string name = body.String("Name");
        string? groupId = body.OptionalString("GroupId");
        string? owner = body.OptionalAccount("Owner_Account");
        long now = context.State.Now;
        long createTime = body.OptionalInteger("CreateTime") ?? now;
        if (createTime < 0 || createTime > now) throw body.Invalid($"CreateTime {createTime} is not a past Unix time.");
        if (type == GroupType.AVChatRoom) throw new ApiException(GroupCodes.NotAllowed, "AVChatRoom groups cannot be imported.");
        if (groupId != null) CheckCustomId(groupId, type);
        if (owner != null && !context.State.UserExists(owner))
            throw new ApiException(GroupCodes.AccountNotFound, $"Owner_Account '{owner}' is not an imported account.");

        GroupStore store = context.State.Groups;
        GroupLimits limits = options.Limits;
        CheckLength(body, "Name", name, limits.Name);
        string? introduction = body.OptionalText("Introduction");
        string? notification = body.OptionalText("Notification");
        string? faceUrl = body.OptionalText("FaceUrl");
        CheckLength(body, "Introduction", introduction, limits.Introduction);
        CheckLength(body, "Notification", notification, limits.Notification);
        CheckLength(body, "FaceUrl", faceUrl, limits.FaceUrl);
        string? apply = Option(body, "ApplyJoinOption", "FreeAccess", "NeedPermission", "DisableApply");
        string? invite = Option(body, "InviteJoinOption", "FreeAccess", "NeedPermission", "DisableInvite");
        long? maxMembers = body.OptionalInteger("MaxMemberCount");
        if (maxMembers is < 1) throw body.Invalid("MaxMemberCount must be at least 1.");
        var custom = new List<KeyValuePair<string, string>>();
        if (body.OptionalArray("AppDefinedData") is { } data)
            foreach (JsonFields item in body.Objects(data, "AppDefinedData"))
            {
                string key = item.String("Key");
                string value = item.OptionalText("Value") ?? "";
                if (Encoding.UTF8.GetByteCount(key) > GroupLimits.AppDefinedKeyBytes || Encoding.UTF8.GetByteCount(value) > GroupLimits.AppDefinedValueBytes)
                    throw body.Invalid($"AppDefinedData '{key}' is over the key or value limit.");
                custom.Add(new KeyValuePair<string, string>(key, value));
            }

        lock (store.Gate)
        {
            if (groupId != null && store.Exists(groupId)) throw new ApiException(GroupCodes.GroupIdInUse, $"The GroupId '{groupId}' is in use.");
            ChatGroup group = store.Create(type, name, groupId, createTime);
            group.Introduction = introduction ?? "";
            group.Notification = notification ?? "";
            group.FaceUrl = faceUrl ?? "";
            if (apply != null) group.ApplyJoinOption = apply;
            if (invite != null) group.InviteJoinOption = invite;
            if (maxMembers != null) group.MaxMemberNum = (int)Math.Min(maxMembers.Value, int.MaxValue);
            group.AppDefinedData.AddRange(custom);
            if (owner != null) store.Join(group, owner, GroupRole.Owner, createTime);
            return new JsonObject { ["GroupId"] = group.GroupId };
        }
    }

    private static void CheckCustomId(string groupId, GroupType type)
    {
        bool printable = groupId.All(c => c >= 0x20 && c <= 0x7e);
        bool prefixOk = type == GroupType.Community ? groupId.StartsWith("@TGS#_", StringComparison.Ordinal) : !groupId.StartsWith("@TGS#", StringComparison.Ordinal);
        if (!printable || !prefixOk || groupId.Length > GroupLimits.GroupIdBytes)
            throw new ApiException(GroupCodes.InvalidGroupId, $"'{groupId}' is not a valid custom GroupId for a {type} group.");
    }

    private static void CheckLength(JsonFields body, string field, string? value, int limit)
    {
        if (value != null && Encoding.UTF8.GetByteCount(value) > limit) throw body.Invalid($"{field} is over {limit} bytes.");
    }

    private static string? Option(JsonFields body, string field, params string[] allowed)
    {
        string? value = body.OptionalString(field);
        return value == null || allowed.Contains(value) ? value : throw body.Invalid($"{field} must be one of {string.Join(", ", allowed)}, not '{value}'.");
    }
}
