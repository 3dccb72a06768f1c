using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// delete_group_member (group spec §3.10): up to 100 MemberToDel_Account (more: 10005); accounts that are not members are
/// still OK; the owner cannot be removed (10007, UNCONFIRMED); the group stays even when empty. AVChatRoom: 10004, as
/// documented ("mute instead").
/// </summary>
internal sealed class DeleteGroupMemberCommand : ICommand
{
    public string Name => "delete_group_member";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        IReadOnlyList<string> accounts = GroupJson.Accounts(body, "MemberToDel_Account", GroupLimits.DeleteMembers);
        long? silence = body.OptionalInteger("Silence");
        if (silence is not (null or 0 or 1)) throw body.Invalid("Silence must be 0 or 1.");
        body.OptionalText("Reason");
        GroupStore store = context.Store();
        lock (store.Gate)
        {
            ChatGroup group = GroupJson.Group(store, body);
            if (group.Type == GroupType.AVChatRoom) throw GroupCodes.TypeRefuses(group, "delete_group_member", GroupCodes.InvalidParameter);
            if (group.OwnerAccount is { } owner && accounts.Contains(owner, StringComparer.Ordinal))
                throw new ApiException(GroupCodes.NotAllowed, $"The owner '{owner}' cannot be removed; change the owner first.");
            foreach (string account in accounts) store.Leave(group, account);
            return new JsonObject();
        }
    }
}
