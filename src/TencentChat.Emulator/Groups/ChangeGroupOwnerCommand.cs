using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// change_group_owner (group spec §3.13): the new owner must be a member (else 10004; code UNCONFIRMED); the old owner
/// becomes Member (UNCONFIRMED). AVChatRoom: 10007. An ownerless group can be given an owner.
/// </summary>
internal sealed class ChangeGroupOwnerCommand : ICommand
{
    public string Name => "change_group_owner";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        GroupStore store = context.Store();
        string account = body.Account("NewOwner_Account");
        lock (store.Gate)
        {
            ChatGroup group = GroupJson.Group(store, body);
            if (group.Type == GroupType.AVChatRoom) throw GroupCodes.TypeRefuses(group, "change_group_owner");
            GroupMember member = group.Member(account) ?? throw body.Invalid($"NewOwner_Account '{account}' is not a member of '{group.GroupId}'.");
            if (group.OwnerAccount is { } old && group.Member(old) is { } previous) previous.Role = GroupRole.Member;
            member.Role = GroupRole.Owner;
            group.OwnerAccount = account;
            group.Touch(context.State.Now);
            return new JsonObject();
        }
    }
}
