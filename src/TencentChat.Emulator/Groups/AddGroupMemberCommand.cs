using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// add_group_member (group spec §3.9): MemberList ≤ 20 (the newest documented maximum; more: 10005), one Result per
/// member in request order: 0 failed (not an imported account), 1 added, 2 already a member, 3 awaiting the invitee's
/// confirmation. 3 is the emulator's reading for a group whose InviteJoinOption is NeedPermission (UNCONFIRMED); such
/// members are not added. All unknown: 10019 (UNCONFIRMED). Adding beyond MaxMemberNum: 10014, nothing added.
/// AVChatRoom: 10007. Silence 1 sends no notice (the emulator sends none either way).
/// </summary>
internal sealed class AddGroupMemberCommand : ICommand
{
    public string Name => "add_group_member";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        var array = body.Array("MemberList");
        int length = array.GetArrayLength();
        if (length == 0) throw body.Invalid("MemberList must not be empty.");
        if (length > GroupLimits.AddMembers)
            throw new ApiException(GroupCodes.TooManyAccounts, $"MemberList holds {length} members; the limit is {GroupLimits.AddMembers} per call.");
        List<string> accounts = body.Objects(array, "MemberList").Select(m => m.Account("Member_Account")).ToList();
        long? silence = body.OptionalInteger("Silence");
        if (silence is not (null or 0 or 1)) throw body.Invalid("Silence must be 0 or 1.");
        if (accounts.All(a => !context.State.UserExists(a)))
            throw new ApiException(GroupCodes.AccountNotFound, "None of the members is an imported account.");

        GroupStore store = context.Store();
        long now = context.State.Now;
        lock (store.Gate)
        {
            ChatGroup group = GroupJson.Group(store, body);
            if (group.Type == GroupType.AVChatRoom) throw GroupCodes.TypeRefuses(group, "add_group_member");
            bool pending = group.InviteJoinOption == "NeedPermission";
            int joining = pending ? 0 : accounts.Distinct(StringComparer.Ordinal).Count(a => context.State.UserExists(a) && group.Member(a) == null);
            if (group.MemberCount + joining > group.MaxMemberNum)
                throw new ApiException(GroupCodes.GroupFull, $"The group '{group.GroupId}' holds {group.MemberCount} of {group.MaxMemberNum} members; {joining} more do not fit.");
            var results = new JsonArray();
            foreach (string account in accounts)
            {
                int result = !context.State.UserExists(account) ? 0
                    : group.Member(account) != null ? 2
                    : pending ? 3
                    : 1;
                if (result == 1) store.Join(group, account, GroupRole.Member, now);
                results.Add(new JsonObject { ["Member_Account"] = account, ["Result"] = result });
            }
            return new JsonObject { ["MemberList"] = results };
        }
    }
}
