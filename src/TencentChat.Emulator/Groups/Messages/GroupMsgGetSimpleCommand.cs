using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups.Messages;

/// <summary>
/// group_msg_get_simple (group spec §3.26, §2.8): the history, newest first, from ReqMsgSeq down (absent: from the
/// newest), at most 20 entries (ReqMsgNumber is required; more than 20 is cut to 20 with IsFinished 0). Holes are
/// answered as IsPlaceMsg 1 with an empty MsgBody, and count; recalled messages come as IsPlaceMsg 2 (empty MsgBody)
/// only with WithRecalledMsg 1, and otherwise are left out without counting, so a page is empty only at the end of the
/// history (whether the service counts them is UNCONFIRMED). Seq order follows the Chinese page: earlier = smaller.
/// AVChatRoom keeps no history: 10007.
/// </summary>
internal sealed class GroupMsgGetSimpleCommand : ICommand
{
    public const int MaxMessages = 20;

    public string Name => "group_msg_get_simple";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        long requested = body.Integer("ReqMsgNumber");
        if (requested < 1) throw body.Invalid($"ReqMsgNumber must be at least 1, not {requested}.");
        long fromSeq = body.OptionalInteger("ReqMsgSeq") ?? long.MaxValue;
        bool withRecalled = (body.OptionalInteger("WithRecalledMsg") ?? 0) == 1;
        int limit = (int)Math.Min(requested, MaxMessages);
        GroupStore store = context.State.Groups;
        lock (store.Gate)
        {
            ChatGroup group = GroupMessageRules.Group(store, body);
            if (group.Type == GroupType.AVChatRoom) throw GroupCodes.TypeRefuses(group, "Message history (group_msg_get_simple)");
            var list = new JsonArray();
            foreach (GroupMessage message in group.Messages.Descending(fromSeq))
            {
                if (list.Count == limit) break;
                if (message.IsRecalled && !withRecalled) continue;
                list.Add(Item(context, message));
            }
            return new JsonObject
            {
                ["GroupId"] = group.GroupId,
                ["IsFinished"] = requested > MaxMessages ? 0 : 1,
                ["RspMsgList"] = list,
            };
        }
    }

    private static JsonObject Item(CommandContext context, GroupMessage message) => new()
    {
        ["From_Account"] = message.IsHole ? "" : message.Sender ?? GroupMessageRules.Admin(context),
        ["IsPlaceMsg"] = message.IsPlaceMsg,
        ["IsSystemMsg"] = message.IsSystem ? 1 : 0,
        ["MsgBody"] = message.IsPlaceMsg == 0 ? JsonNode.Parse(message.BodyJson) : new JsonArray(),
        ["MsgPriority"] = message.Priority,
        ["MsgRandom"] = message.Random,
        ["MsgSeq"] = message.Seq,
        ["MsgTimeStamp"] = message.Time,
    };
}
