using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups.Messages;

/// <summary>
/// group_msg_recall (group spec §3.25): up to 10 seqs (more: 10004), one RetCode each: 0 recalled, 10030 no such
/// message (a hole, or one already recalled: a repeat of a recall answers 10030 too). The REST admin has no time limit,
/// except in an AVChatRoom, where only the last hour's messages can be recalled (10031). Reason: at most 100 bytes.
/// </summary>
internal sealed class GroupMsgRecallCommand : ICommand
{
    public const int MaxSeqs = 10;
    public const int MaxReasonBytes = 100;
    public const int NotFound = 10030;
    public const int TimeLimit = 10031;

    public string Name => "group_msg_recall";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        var seqs = body.Objects(body.Array("MsgSeqList", MaxSeqs), "MsgSeqList").Select(item => item.Integer("MsgSeq")).ToList();
        if (seqs.Count == 0) throw body.Invalid("MsgSeqList must hold at least one seq.");
        if (body.OptionalText("Reason") is { } reason && GroupMessageRules.Utf8Bytes(reason) > MaxReasonBytes)
            throw body.Invalid($"Reason is over {MaxReasonBytes} bytes.");
        GroupStore store = context.State.Groups;
        lock (store.Gate)
        {
            ChatGroup group = GroupMessageRules.Group(store, body);
            long now = context.State.Now;
            var results = new JsonArray();
            foreach (long seq in seqs)
            {
                GroupMessage? message = group.Messages.Find(seq);
                int code = message == null || message.IsHole || message.IsRecalled ? NotFound
                    : group.Type == GroupType.AVChatRoom && message.Time < now - 3600 ? TimeLimit
                    : 0;
                if (code == 0) group.Messages.Recall(seq);
                results.Add(new JsonObject { ["MsgSeq"] = seq, ["RetCode"] = code });
            }
            return new JsonObject { ["RecallRetList"] = results };
        }
    }
}
