using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// modify_group_member_info (group spec §3.11): one member's Role (Admin/Member; Owner, or the owner's own role: 10007;
/// Admin in a Private group: 10007, UNCONFIRMED), MsgFlag, NameCard (≤ 50 bytes), AppMemberDefinedData and MuteTime
/// (old ShutUpTime; 0 unmutes; Private groups cannot mute: 10007). A non-member: 10004 (UNCONFIRMED). AVChatRoom: owner
/// and admin rows only (2019), else 10007.
/// </summary>
internal sealed class ModifyGroupMemberInfoCommand : ICommand
{
    public string Name => "modify_group_member_info";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string account = body.Account("Member_Account");
        string? role = GroupJson.OneOf(body, "Role", "Admin", "Member", "Owner");
        string? flag = GroupJson.OneOf(body, "MsgFlag", GroupJson.MessageFlags);
        string? nameCard = GroupJson.Text(body, "NameCard", GroupLimits.NameCard);
        long? mute = GroupJson.MuteTime(body);
        var data = GroupJson.CustomData(body, "AppMemberDefinedData", GroupLimits.AppMemberDefinedValueBytes);
        GroupStore store = context.Store();
        long now = context.State.Now;
        lock (store.Gate)
        {
            ChatGroup group = GroupJson.Group(store, body);
            GroupMember member = group.Member(account) ?? throw body.Invalid($"'{account}' is not a member of '{group.GroupId}'.");
            if (group.Type == GroupType.AVChatRoom && member.Role == GroupRole.Member)
                throw GroupCodes.TypeRefuses(group, "Changing an ordinary member (modify_group_member_info)");
            if (role == "Owner" || (role != null && member.Role == GroupRole.Owner))
                throw new ApiException(GroupCodes.NotAllowed, "The owner changes only through change_group_owner.");
            if (role == "Admin" && group.Type == GroupType.Private) throw GroupCodes.TypeRefuses(group, "Appointing admins");
            if (mute != null && group.Type == GroupType.Private) throw GroupCodes.TypeRefuses(group, "Muting members");
            if (role != null) member.Role = role == "Admin" ? GroupRole.Admin : GroupRole.Member;
            if (flag != null) member.MsgFlag = flag;
            if (nameCard != null) member.NameCard = nameCard;
            if (data != null) GroupJson.Apply(member.AppMemberDefinedData, data);
            if (mute != null) GroupJson.Mute(group, account, mute.Value, now);
            return new JsonObject();
        }
    }
}
