using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Groups.Messages;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups.Import;

/// <summary>
/// import_group_member (group spec §3.12): up to 20 members per call (the newest documented maximum, §6.3; more: 10005),
/// each with its JoinTime (default now) and Role (Admin only; anything else 10004). Result per member: 1 imported,
/// 2 already a member, 0 failed: an account that is not imported, a JoinTime before the group's CreateTime or after now,
/// or a full group. UnreadMsgNum is capped at the group's message count. AVChatRoom: 10007. No callbacks or notices.
/// </summary>
internal sealed class ImportGroupMemberCommand : ICommand
{
    public const int MaxMembers = 20;

    public string Name => "import_group_member";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        var list = body.Array("MemberList");
        if (list.GetArrayLength() > MaxMembers)
            throw new ApiException(GroupCodes.TooManyAccounts, $"MemberList holds {list.GetArrayLength()} members; the limit is {MaxMembers} per call.");
        if (list.GetArrayLength() == 0) throw body.Invalid("MemberList must hold at least one member.");
        var members = body.Objects(list, "MemberList").Select(item =>
        {
            string account = item.Account("Member_Account");
            string? role = item.OptionalString("Role");
            if (role != null && role != "Admin") throw item.Invalid($"{item.PathOf("Role")} may only be Admin, not '{role}'.");
            return (Account: account, Admin: role != null, JoinTime: item.OptionalInteger("JoinTime"), Unread: item.OptionalInteger("UnreadMsgNum"));
        }).ToList();

        GroupStore store = context.State.Groups;
        lock (store.Gate)
        {
            ChatGroup group = GroupMessageRules.Group(store, body);
            if (group.Type == GroupType.AVChatRoom) throw GroupCodes.TypeRefuses(group, "import_group_member");
            long now = context.State.Now;
            var results = new JsonArray();
            foreach (var m in members)
            {
                long joinTime = m.JoinTime ?? now;
                int result;
                if (group.Member(m.Account) != null) result = 2;
                else if (!context.State.UserExists(m.Account) || joinTime < group.CreateTime || joinTime > now || group.MemberCount >= group.MaxMemberNum) result = 0;
                else
                {
                    GroupMember member = store.Join(group, m.Account, m.Admin ? GroupRole.Admin : GroupRole.Member, joinTime);
                    member.UnreadMsgNum = Math.Clamp(m.Unread ?? 0, 0, group.Messages.Count);
                    result = 1;
                }
                results.Add(new JsonObject { ["Member_Account"] = m.Account, ["Result"] = result });
            }
            return new JsonObject { ["MemberList"] = results };
        }
    }
}
