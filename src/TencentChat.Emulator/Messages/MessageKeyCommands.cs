using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Messages;

/// <summary>The stored message a request names by From_Account, To_Account and MsgKey (90054 for a key of another shape, 20022 for none).</summary>
internal static class StoredMessageLookup
{
    public static StoredMessage Find(CommandContext context, JsonFields body)
    {
        string from = MessageFields.Account(body, "From_Account", MessageCodes.FromAccountInvalid);
        string to = MessageFields.Account(body, "To_Account", MessageCodes.ToAccountInvalid);
        string key = body.OptionalText("MsgKey") ?? throw new ApiException(MessageCodes.MsgKeyInvalid, "MsgKey is required.");
        if (!MessageFields.IsKey(key)) throw new ApiException(MessageCodes.MsgKeyInvalid, $"MsgKey '{key}' is not a message key.");
        return context.State.Messages().Find(from, to, key)
            ?? throw new ApiException(MessageCodes.MessageNotFound, $"No message {key} from '{from}' to '{to}'.");
    }
}

/// <summary>openim/admin_msgwithdraw (§3.5): sets MsgFlagBits 8 and keeps the body; a second recall is 20023.</summary>
internal sealed class MsgWithdrawCommand : ICommand
{
    public string Name => "admin_msgwithdraw";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        MessageStore store = context.State.Messages();
        lock (store.Gate)
        {
            StoredMessage message = StoredMessageLookup.Find(context, body);
            if ((message.FlagBits & 8) != 0) throw new ApiException(MessageCodes.AlreadyRecalled, "The message has already been recalled.");
            message.FlagBits |= 8;
        }
        return new JsonObject();
    }
}

/// <summary>openim/modify_c2c_msg (§3.8): overwrites MsgBody, CloudCustomData or both; neither is 90001, a recalled message 20023 (UNCONFIRMED codes).</summary>
internal sealed class ModifyMsgCommand : ICommand
{
    public string Name => "modify_c2c_msg";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        bool hasBody = body.Has("MsgBody");
        JsonElement? msgBody = hasBody ? MessageFields.Body(body) : null;
        string? cloud = body.OptionalText("CloudCustomData");
        if (msgBody == null && cloud == null) throw body.Invalid("Give MsgBody, CloudCustomData or both.");
        MessageStore store = context.State.Messages();
        lock (store.Gate)
        {
            StoredMessage message = StoredMessageLookup.Find(context, body);
            if ((message.FlagBits & 8) != 0) throw new ApiException(MessageCodes.AlreadyRecalled, "The message has been recalled.");
            MessageFields.CheckSize(msgBody ?? message.Body, cloud ?? message.CloudCustomData);
            if (msgBody is JsonElement given) message.Body = given;
            if (cloud != null) message.CloudCustomData = cloud;
        }
        return new JsonObject { ["ErrorInfo"] = "succeed" };
    }
}

/// <summary>
/// openim/admin_set_msg_read (§3.6): Report_Account's messages from Peer_Account up to MsgReadTime (string or integer;
/// default now, that second included) no longer count as unread. IsPeerRead is not set (UNCONFIRMED).
/// </summary>
internal sealed class SetMsgReadCommand : ICommand
{
    public string Name => "admin_set_msg_read";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string reader = MessageFields.Account(body, "Report_Account", MessageCodes.FromAccountInvalid);
        string peer = MessageFields.Account(body, "Peer_Account", MessageCodes.ToAccountInvalid);
        long upTo = ReadTime(body) ?? context.State.Now;
        if (!context.State.UserExists(reader)) throw new ApiException(MessageCodes.FromAccountInvalid, $"Report_Account '{reader}' is not imported.");
        MessageStore store = context.State.Messages();
        lock (store.Gate) store.SetRead(reader, peer, upTo);
        return new JsonObject();
    }

    private static long? ReadTime(JsonFields body)
    {
        try
        {
            string? text = body.OptionalText("MsgReadTime");
            return text == null ? null
                : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) ? seconds
                : throw body.Invalid($"MsgReadTime must be Unix seconds, not '{text}'.");
        }
        catch (ApiException) when (body.Has("MsgReadTime"))
        {
            return body.Integer("MsgReadTime");
        }
    }
}

/// <summary>
/// openim/get_c2c_unread_msg_num (§3.7): To_Account's total (AllC2CUnreadMsgNum) without Peer_Account, else one count
/// per peer (at most 10, more is 90018, UNCONFIRMED), an unknown peer in ErrorList with 70107.
/// </summary>
internal sealed class GetUnreadCommand : ICommand
{
    public const int MaxPeers = 10;

    public string Name => "get_c2c_unread_msg_num";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string reader = MessageFields.Account(body, "To_Account", MessageCodes.ToAccountInvalid);
        JsonElement? peers = body.OptionalArray("Peer_Account");
        if (peers is JsonElement list && list.GetArrayLength() > MaxPeers)
            throw new ApiException(MessageCodes.TooManyPeers, $"Peer_Account holds {list.GetArrayLength()} accounts; the limit is {MaxPeers}.");
        if (!context.State.UserExists(reader)) throw new ApiException(MessageCodes.ToAccountInvalid, $"To_Account '{reader}' is not imported.");
        MessageStore store = context.State.Messages();
        lock (store.Gate)
        {
            if (peers == null) return new JsonObject { ["AllC2CUnreadMsgNum"] = store.TotalUnread(reader) };
            var counts = new JsonArray();
            var errors = new JsonArray();
            foreach (string peer in body.AccountTexts(peers.Value, "Peer_Account"))
            {
                if (context.State.UserExists(peer)) counts.Add(new JsonObject { ["Peer_Account"] = peer, ["C2CUnreadMsgNum"] = store.Unread(reader, peer) });
                else errors.Add(new JsonObject { ["Peer_Account"] = peer, ["ErrorCode"] = MessageCodes.AccountNotFound });
            }
            var answer = new JsonObject { ["C2CUnreadMsgNumList"] = counts };
            if (errors.Count > 0) answer["ErrorList"] = errors;
            return answer;
        }
    }
}
