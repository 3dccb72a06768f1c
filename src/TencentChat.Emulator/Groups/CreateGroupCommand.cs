using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// create_group (group spec §3.2). Type by its REST name; a custom GroupId follows §2.3 (printable ASCII, ≤ 48 bytes,
/// not @TGS#; a Community's must start with @TGS#_), else 10015 (code UNCONFIRMED); taken: 10021. Profile texts within
/// §2.5's limits (10004). MemberList ≤ 100 (10005 over), not for AVChatRoom (10007), Role only Admin; any member or owner
/// that is not an imported account fails the whole request with 10019 (UNCONFIRMED, §3.2). The owner joins as Owner.
/// </summary>
internal sealed class CreateGroupCommand(GroupOptions options) : ICommand
{
    public string Name => "create_group";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        GroupStore store = context.Store();
        GroupLimits limits = options.Limits;
        long now = context.State.Now;
        string typeText = body.String("Type");
        GroupType type = ParseType(body, typeText);
        string? owner = body.OptionalAccount("Owner_Account");
        string? groupId = CustomId(body, type);
        string name = GroupJson.Text(body, "Name", limits.Name, allowEmpty: false) ?? throw body.Invalid("Name is required (a non-empty string).");
        string? introduction = GroupJson.Text(body, "Introduction", limits.Introduction);
        string? notification = GroupJson.Text(body, "Notification", limits.Notification);
        string? faceUrl = GroupJson.Text(body, "FaceUrl", limits.FaceUrl);
        long? maxMembers = body.OptionalInteger("MaxMemberCount");
        if (maxMembers is < 1) throw body.Invalid("MaxMemberCount must be positive.");
        string? apply = GroupJson.OneOf(body, "ApplyJoinOption", GroupJson.ApplyOptions);
        string? invite = GroupJson.OneOf(body, "InviteJoinOption", GroupJson.InviteOptions);
        var data = GroupJson.CustomData(body, "AppDefinedData", GroupLimits.AppDefinedValueBytes);
        List<(string Account, GroupRole Role, List<KeyValuePair<string, string>>? Data)> members = Members(body, type);

        foreach (string account in members.Select(m => m.Account).Prepend(owner).OfType<string>())
            if (!context.State.UserExists(account))
                throw new ApiException(GroupCodes.AccountNotFound, $"The account '{account}' is not imported.");

        lock (store.Gate)
        {
            if (groupId != null && store.Exists(groupId))
                throw new ApiException(GroupCodes.GroupIdInUse, $"The GroupId '{groupId}' is already in use.");
            int cap = type == GroupType.AVChatRoom ? int.MaxValue : (int)Math.Min(maxMembers ?? GroupTypes.DefaultMaxMembers(type), int.MaxValue);
            int count = members.Select(m => m.Account).Append(owner).OfType<string>().Distinct(StringComparer.Ordinal).Count();
            if (count > cap) throw new ApiException(GroupCodes.GroupFull, $"{count} members exceed MaxMemberCount {cap}.");

            ChatGroup group = store.Create(type, name, groupId, now);
            group.MaxMemberNum = cap;
            group.Introduction = introduction ?? "";
            group.Notification = notification ?? "";
            group.FaceUrl = faceUrl ?? "";
            if (apply != null) group.ApplyJoinOption = apply;
            if (invite != null) group.InviteJoinOption = invite;
            if (data != null) GroupJson.Apply(group.AppDefinedData, data);
            if (owner != null) store.Join(group, owner, GroupRole.Owner, now);
            foreach ((string account, GroupRole role, var memberData) in members)
            {
                if (group.Member(account) != null) continue;
                GroupMember member = store.Join(group, account, role, now);
                if (memberData != null) GroupJson.Apply(member.AppMemberDefinedData, memberData);
            }
            return new JsonObject { ["GroupId"] = group.GroupId };
        }
    }

    /// <summary>The REST type names (§2.1); BChatRoom (pre-2020) and anything else: 10004.</summary>
    internal static GroupType ParseType(JsonFields body, string text) =>
        text is "Private" or "Public" or "ChatRoom" or "AVChatRoom" or "Community"
            ? GroupTypes.Parse(text)!.Value
            : throw body.Invalid($"Type must be Private, Public, ChatRoom, AVChatRoom or Community, not '{text}'.");

    /// <summary>A custom GroupId checked against §2.3, or null when none is given.</summary>
    internal static string? CustomId(JsonFields body, GroupType type)
    {
        string? id = body.OptionalString("GroupId");
        if (id == null) return null;
        string? problem =
            Encoding.UTF8.GetByteCount(id) > GroupLimits.GroupIdBytes ? $"is longer than {GroupLimits.GroupIdBytes} bytes"
            : id.Any(c => c < 0x20 || c > 0x7e) ? "has characters outside printable ASCII"
            : type == GroupType.Community && !id.StartsWith("@TGS#_", StringComparison.Ordinal) ? "of a Community must start with @TGS#_"
            : type != GroupType.Community && id.StartsWith("@TGS#", StringComparison.Ordinal) ? "must not start with @TGS#"
            : null;
        return problem == null ? id : throw new ApiException(GroupCodes.InvalidGroupId, $"The custom GroupId '{id}' {problem}.");
    }

    private static List<(string, GroupRole, List<KeyValuePair<string, string>>?)> Members(JsonFields body, GroupType type)
    {
        var members = new List<(string, GroupRole, List<KeyValuePair<string, string>>?)>();
        JsonElement? array = body.OptionalArray("MemberList");
        if (array == null) return members;
        if (type == GroupType.AVChatRoom && array.Value.GetArrayLength() > 0)
            throw new ApiException(GroupCodes.NotAllowed, "An AVChatRoom cannot be created with a MemberList.");
        if (array.Value.GetArrayLength() > GroupLimits.CreateMembers)
            throw new ApiException(GroupCodes.TooManyAccounts, $"MemberList holds {array.Value.GetArrayLength()} members; the limit is {GroupLimits.CreateMembers}.");
        foreach (JsonFields item in body.Objects(array.Value, "MemberList"))
        {
            string account = item.Account("Member_Account");
            string? role = item.OptionalString("Role");
            if (role != null && role != "Admin") throw item.Invalid($"{item.PathOf("Role")} may only be Admin, not '{role}'.");
            members.Add((account, role == "Admin" ? GroupRole.Admin : GroupRole.Member,
                GroupJson.CustomData(item, "AppMemberDefinedData", GroupLimits.AppMemberDefinedValueBytes)));
        }
        return members;
    }
}
