using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Messages;

/// <summary>
/// What sendmsg and batchsendmsg share (message spec §3.1, §3.2, §6): the fields, the de-duplication of a repeated send
/// within 120 s (answered with the first answer, UNCONFIRMED), and storing one message per recipient reached.
/// </summary>
internal sealed record OutgoingMessage(string Sender, uint Seq, uint Random, JsonElement Body, string? CloudCustomData, bool Store, bool HideFromSender,
    bool CountsUnread, bool TouchLists)
{
    public static OutgoingMessage Read(CommandContext context, JsonFields body)
    {
        string? from = MessageFields.OptionalAccount(body, "From_Account", MessageCodes.FromAccountInvalid);
        uint random = MessageFields.UInt32(body, "MsgRandom", MessageCodes.RandomInvalid, required: true)!.Value;
        uint seq = MessageFields.UInt32(body, "MsgSeq", MessageCodes.JsonInvalid, required: false) ?? (uint)System.Random.Shared.NextInt64(0, uint.MaxValue);
        long sync = MessageFields.Integer(body, "SyncOtherMachine", MessageCodes.SyncOtherMachineInvalid) ?? 0;
        long onlineOnly = MessageFields.Integer(body, "OnlineOnlyFlag", MessageCodes.JsonInvalid) ?? 0;
        var control = new HashSet<string>(StringComparer.Ordinal);
        if (body.OptionalArray("SendMsgControl") is JsonElement controls)
            foreach (JsonElement item in controls.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String) control.Add(item.GetString()!);
        string? cloud = body.OptionalText("CloudCustomData");
        JsonElement msgBody = MessageFields.Body(body);
        long? life = MessageFields.LifeTime(body);
        MessageFields.CheckSize(msgBody, cloud);
        // The admin sends when From_Account is absent: the emulator's first App admin (it does not tell admins apart).
        string sender = from ?? context.Administrators[0];
        if (!context.State.UserExists(sender))
            throw new ApiException(MessageCodes.SenderInvalid, $"From_Account '{sender}' is not imported (UNCONFIRMED code: 20003 or 90048).");
        bool store = onlineOnly != 1 && life != 0;
        return new OutgoingMessage(sender, seq, random, msgBody, cloud, store, sync == 2, store && !control.Contains("NoUnread"), store && !control.Contains("NoLastMsg"));
    }

    public (string, uint, uint, string) DedupKey => (Sender, Seq, Random, Body.GetRawText() + "\n" + CloudCustomData);

    public string KeyAt(long time) => $"{Seq}_{Random}_{time}";

    /// <summary>Stores the message for <paramref name="recipient"/> and moves both conversation lists, as the real service does.</summary>
    public void Deliver(ChatState state, MessageStore store, string recipient, long time)
    {
        if (!Store) return;
        store.Add(new StoredMessage
        {
            From = Sender, To = recipient, Seq = Seq, Random = Random, Time = time, Body = Body, CloudCustomData = CloudCustomData,
            CountsUnread = CountsUnread, HiddenFor = HideFromSender ? Sender : null,
        });
        if (!TouchLists) return;
        state.OneToOneMessageStored?.Invoke(Sender, recipient, time);
        state.OneToOneMessageStored?.Invoke(recipient, Sender, time);
    }
}

/// <summary>openim/sendmsg (message spec §3.1): one recipient; unknown recipient 90012, unknown sender 20003.</summary>
internal sealed class SendMsgCommand : ICommand
{
    public string Name => "sendmsg";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string to = MessageFields.Account(body, "To_Account", MessageCodes.ToAccountInvalid);
        var message = OutgoingMessage.Read(context, body);
        if (!context.State.UserExists(to)) throw new ApiException(MessageCodes.RecipientNotImported, $"To_Account '{to}' is not imported.");
        MessageStore store = context.State.Messages();
        long now = context.State.Now;
        lock (store.Gate)
        {
            if (store.SentBefore(message.DedupKey, now) is { } earlier) return earlier;
            message.Deliver(context.State, store, to, now);
            var answer = new JsonObject { ["MsgTime"] = now, ["MsgKey"] = message.KeyAt(now) };
            store.RememberSend(message.DedupKey, now, answer);
            return answer;
        }
    }
}

/// <summary>
/// openim/batchsendmsg (message spec §3.2): up to 500 recipients (90011), one MsgKey for all; an unknown recipient is an
/// ErrorList entry with 70107 and ActionStatus "SomeError" with ErrorCode 0; none reached is FAIL 90012; the recipients
/// count against the per-minute budget (60007 when it is spent).
/// </summary>
internal sealed class BatchSendMsgCommand : ICommand
{
    public const int MaxRecipients = 500;

    public string Name => "batchsendmsg";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        JsonElement array = body.OptionalArray("To_Account") ?? throw new ApiException(MessageCodes.ToAccountInvalid, "To_Account is required (an array of UserIDs).");
        if (array.GetArrayLength() > MaxRecipients)
            throw new ApiException(MessageCodes.TooManyRecipients, $"To_Account holds {array.GetArrayLength()} accounts; the limit is {MaxRecipients} per call.");
        IReadOnlyList<string> recipients = body.AccountTexts(array, "To_Account");
        if (recipients.Count == 0) throw new ApiException(MessageCodes.ToAccountInvalid, "To_Account holds no account.");
        var message = OutgoingMessage.Read(context, body);
        MessageStore store = context.State.Messages();
        long now = context.State.Now;
        lock (store.Gate)
        {
            if (store.SentBefore(message.DedupKey, now) is { } earlier) return earlier;
            if (!store.Budget.TryTake(recipients.Count))
                throw new ApiException(ErrorCodes.FrequencyLimit, $"REST API call frequency limit exceeded: {store.Budget.PerMinute} recipients per minute for batchsendmsg.");
            var errors = new JsonArray();
            int reached = 0;
            foreach (string to in recipients)
            {
                if (to.Length == 0 || !context.State.UserExists(to))
                {
                    errors.Add(new JsonObject { ["To_Account"] = to, ["ErrorCode"] = MessageCodes.AccountNotFound });
                    continue;
                }
                message.Deliver(context.State, store, to, now);
                reached++;
            }
            if (reached == 0) throw new ApiException(MessageCodes.RecipientNotImported, "invalid To_Account: no recipient is imported.");
            var answer = errors.Count == 0
                ? new JsonObject { ["MsgKey"] = message.KeyAt(now) }
                : new JsonObject { ["ActionStatus"] = Envelope.SomeError, ["MsgKey"] = message.KeyAt(now), ["ErrorList"] = errors };
            store.RememberSend(message.DedupKey, now, answer);
            return answer;
        }
    }
}
