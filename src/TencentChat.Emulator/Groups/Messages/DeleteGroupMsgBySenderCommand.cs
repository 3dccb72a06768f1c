using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups.Messages;

/// <summary>
/// delete_group_msg_by_sender (group spec §3.27): a silent recall of Sender_Account's messages among the group's latest
/// 1000 entries. They read as recalled afterwards (IsPlaceMsg 2; inferred from the docs calling it a recall, UNCONFIRMED:
/// a conformance probe checks it). No effect and no error in an AVChatRoom.
/// </summary>
internal sealed class DeleteGroupMsgBySenderCommand : ICommand
{
    public const int Latest = 1000;

    public string Name => "delete_group_msg_by_sender";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string sender = body.Account("Sender_Account");
        GroupStore store = context.State.Groups;
        lock (store.Gate)
        {
            ChatGroup group = GroupMessageRules.Group(store, body);
            if (group.Type == GroupType.AVChatRoom) return new JsonObject();
            foreach (GroupMessage message in group.Messages.Descending(long.MaxValue).Take(Latest).ToList())
                if (!message.IsHole && !message.IsRecalled && message.Sender == sender) group.Messages.Recall(message.Seq);
        }
        return new JsonObject();
    }
}
