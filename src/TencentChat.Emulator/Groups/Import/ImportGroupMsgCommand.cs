using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Groups.Messages;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups.Import;

/// <summary>
/// import_group_msg (group spec §3.29): up to 7 messages per call (the 2025 maximum; 20 in 2019; more: 10004), each
/// with From_Account, SendTime and MsgBody (required) and Random. Result per message: 0 stored with the next seq; 10004
/// for a SendTime before the group's CreateTime, after now, before the newest message already there or before the
/// previous message of the call (equal times are allowed: whether the service does is UNCONFIRMED); 80002 for a body over
/// 8000 bytes. Importing zeroes every member's unread count. RecentContactFlag is not for AVChatRoom (which cannot
/// import at all: 10007) or Community (10004).
/// </summary>
internal sealed class ImportGroupMsgCommand : ICommand
{
    public const int MaxMessages = 7;
    private const int BadTime = 10004;

    public string Name => "import_group_msg";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        var list = body.Array("MsgList", MaxMessages);
        if (list.GetArrayLength() == 0) throw body.Invalid("MsgList must hold at least one message.");
        var messages = body.Objects(list, "MsgList").Select(item => (
            From: item.Account("From_Account"),
            Time: item.Integer("SendTime"),
            Random: (uint)(item.OptionalInteger("Random") ?? 0),
            Body: GroupMessageRules.Body(item))).ToList();
        bool recentContact = (body.OptionalInteger("RecentContactFlag") ?? 0) == 1;

        GroupStore store = context.State.Groups;
        lock (store.Gate)
        {
            ChatGroup group = GroupMessageRules.Group(store, body);
            if (group.Type == GroupType.AVChatRoom) throw GroupCodes.TypeRefuses(group, "import_group_msg");
            if (recentContact && group.Type == GroupType.Community) throw body.Invalid("RecentContactFlag is not supported for Community groups.");
            long now = context.State.Now;
            long earliest = Math.Max(group.CreateTime, group.Messages.Last?.Time ?? 0);
            var results = new JsonArray();
            foreach (var m in messages)
            {
                int result = m.Time < earliest || m.Time > now ? BadTime
                    : GroupMessageRules.Utf8Bytes(m.Body) > GroupMessageRules.MaxImportBytes ? GroupMessageRules.MessageTooLong
                    : 0;
                if (result != 0)
                {
                    results.Add(new JsonObject { ["MsgSeq"] = 0, ["MsgTime"] = m.Time, ["Result"] = result });
                    continue;
                }
                GroupMessage message = group.Messages.Append(m.From, m.Time, m.Body, m.Random, priority: 2);
                earliest = m.Time;
                group.LastMsgTime = Math.Max(group.LastMsgTime, m.Time);
                results.Add(new JsonObject { ["MsgSeq"] = message.Seq, ["MsgTime"] = message.Time, ["Result"] = 0 });
            }
            foreach (GroupMember member in group.Members) member.UnreadMsgNum = 0;
            return new JsonObject { ["ImportMsgResult"] = results };
        }
    }
}
