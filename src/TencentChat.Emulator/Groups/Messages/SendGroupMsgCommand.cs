using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups.Messages;

/// <summary>
/// send_group_msg (group spec §3.23): appends the message to the group's history and answers its MsgSeq and MsgTime.
/// Random is required. The same body with the same Random from the same sender within 5 minutes is a repeat: it is
/// dropped and answered with the first message's MsgSeq and MsgTime (what the service answers is UNCONFIRMED).
/// OnlineOnlyFlag 1 delivers without storing (MsgSeq 0); not for AVChatRoom (10007), as To_Account, which takes at most
/// 50 members and is refused for AVChatRoom and Community (§2.2). A From_Account must exist (10019, code UNCONFIRMED) and
/// not be muted (10017). Over 12 KB: 80002. With the GroupMsgDropReason setting, the answer is OK with that
/// MsgDropReason and nothing is stored.
/// </summary>
internal sealed class SendGroupMsgCommand(GroupMessageOptions options) : ICommand
{
    private const int RepeatWindowSeconds = 300;
    private const int MaxTargets = 50;

    public string Name => "send_group_msg";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        uint random = (uint)body.Integer("Random");
        string messageBody = GroupMessageRules.Body(body);
        string? from = body.OptionalAccount("From_Account");
        int priority = body.OptionalString("MsgPriority") is { } priorityName
            ? priorityName is "High" or "Normal" or "Low" or "Lowest" ? GroupMessage.PriorityOf(priorityName)
                : throw body.Invalid($"MsgPriority must be High, Normal, Low or Lowest, not '{priorityName}'.")
            : 2;
        long onlineOnly = body.OptionalInteger("OnlineOnlyFlag") ?? 0;
        IReadOnlyList<string> targets = body.OptionalArray("To_Account") is { } to ? body.AccountTexts(to, "To_Account") : Array.Empty<string>();
        if (targets.Count > MaxTargets) throw body.Invalid($"To_Account holds {targets.Count} members; the limit is {MaxTargets}.");
        string? cloudCustomData = body.OptionalText("CloudCustomData");
        if (GroupMessageRules.Utf8Bytes(messageBody) + GroupMessageRules.Utf8Bytes(cloudCustomData ?? "") > GroupMessageRules.MaxSendBytes)
            throw new ApiException(GroupMessageRules.MessageTooLong, $"The message is over {GroupMessageRules.MaxSendBytes} bytes.");
        if (from != null && !context.State.UserExists(from))
            throw new ApiException(GroupCodes.AccountNotFound, $"From_Account '{from}' is not an imported account.");

        GroupStore store = context.State.Groups;
        lock (store.Gate)
        {
            ChatGroup group = GroupMessageRules.Group(store, body);
            if (onlineOnly == 1 && group.Type == GroupType.AVChatRoom) throw GroupCodes.TypeRefuses(group, "OnlineOnlyFlag");
            if (targets.Count > 0 && group.Type is GroupType.AVChatRoom or GroupType.Community) throw GroupCodes.TypeRefuses(group, "A targeted message (To_Account)");
            long now = context.State.Now;
            if (from != null && group.MutedUntilAt(from, now) > 0)
                throw new ApiException(GroupCodes.SenderMuted, $"'{from}' is muted in '{group.GroupId}'.");
            if (options.DropReason is { } reason)
                return new JsonObject { ["MsgTime"] = now, ["MsgSeq"] = 0, ["MsgDropReason"] = reason };
            if (onlineOnly == 1)
                return new JsonObject { ["MsgTime"] = now, ["MsgSeq"] = 0 };
            if (Repeat(group, from, messageBody, random, now) is { } first)
                return new JsonObject { ["MsgTime"] = first.Time, ["MsgSeq"] = first.Seq };

            GroupMessage message = group.Messages.Append(from, now, messageBody, random, priority);
            group.LastMsgTime = now;
            if (from != null && group.Member(from) is { } sender) sender.LastSendMsgTime = now;
            foreach (GroupMember member in group.Members)
                if (member.Account != from && targets.Count == 0) member.UnreadMsgNum++;
            return new JsonObject { ["MsgTime"] = message.Time, ["MsgSeq"] = message.Seq };
        }
    }

    private static GroupMessage? Repeat(ChatGroup group, string? from, string body, uint random, long now)
    {
        foreach (GroupMessage message in group.Messages.Descending(long.MaxValue))
        {
            if (message.Time < now - RepeatWindowSeconds) return null;
            if (!message.IsHole && message.Random == random && message.Sender == from && message.BodyJson == body) return message;
        }
        return null;
    }
}
