using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// get_specified_group_member_info (group spec §3.8): up to 50 named members (more: 10005); accounts that are not members
/// are left out (UNCONFIRMED). AVChatRoom: 10007, as for the member list.
/// </summary>
internal sealed class GetSpecifiedGroupMemberInfoCommand : ICommand
{
    public string Name => "get_specified_group_member_info";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        IReadOnlyList<string> accounts = GroupJson.Accounts(body, "Member_List_Account", GroupLimits.SpecifiedMembers);
        HashSet<string>? roles = GroupJson.Filter(body, "MemberRoleFilter");
        HashSet<string>? fields = GroupJson.Filter(body, "MemberInfoFilter");
        GroupStore store = context.Store();
        long now = context.State.Now;
        lock (store.Gate)
        {
            ChatGroup group = GroupJson.Group(store, body);
            if (group.Type == GroupType.AVChatRoom) throw GroupCodes.TypeRefuses(group, "The member list (get_specified_group_member_info)");
            var list = new JsonArray();
            foreach (string account in accounts.Distinct(StringComparer.Ordinal))
                if (group.Member(account) is { } member && (roles == null || roles.Contains(member.Role.ToString())))
                    list.Add(GroupJson.Member(group, member, fields, now));
            return new JsonObject { ["GroupId"] = group.GroupId, ["MemberList"] = list };
        }
    }
}
