using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups.Messages;

/// <summary>
/// send_group_system_notification (group spec §3.24): a system notice to every member, or to ToMembers_Account (an
/// AVChatRoom takes only the whole group: 10007). Content is required; its length limit is UNCONFIRMED (none here).
/// Recorded in <see cref="GroupNotificationLog"/>, not in the group's history.
/// </summary>
internal sealed class SendGroupSystemNotificationCommand : ICommand
{
    public string Name => "send_group_system_notification";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string content = body.String("Content");
        IReadOnlyList<string> to = body.OptionalArray("ToMembers_Account") is { } array ? body.AccountTexts(array, "ToMembers_Account") : Array.Empty<string>();
        GroupStore store = context.State.Groups;
        string groupId;
        lock (store.Gate)
        {
            ChatGroup group = GroupMessageRules.Group(store, body);
            if (to.Count > 0 && group.Type == GroupType.AVChatRoom) throw GroupCodes.TypeRefuses(group, "A notification to named members (ToMembers_Account)");
            groupId = group.GroupId;
        }
        context.State.Family<GroupNotificationLog>().Add(new GroupNotification(groupId, content, to, context.State.Now));
        return new JsonObject();
    }
}
