using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Messages;

/// <summary>
/// openim/importmsg (message spec §3.3): one message kept as given (time, sender, MsgSeq, MsgRandom, body);
/// SyncFromOldSystem 2 (history: counted read) or 5 (live: unread), anything else 90030. A second import of the same
/// MsgSeq + MsgRandom + MsgTimeStamp in a conversation answers OK and stores nothing (§2.1, first wins).
/// </summary>
internal sealed class ImportMsgCommand : ICommand
{
    public string Name => "importmsg";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        long sync = MessageFields.Integer(body, "SyncFromOldSystem", MessageCodes.SyncFromOldSystemInvalid)
            ?? throw new ApiException(MessageCodes.SyncFromOldSystemInvalid, "SyncFromOldSystem is required (2 history, 5 live).");
        if (sync is not (2 or 5)) throw new ApiException(MessageCodes.SyncFromOldSystemInvalid, $"SyncFromOldSystem must be 2 (history) or 5 (live), not {sync}.");
        string from = MessageFields.Account(body, "From_Account", MessageCodes.FromAccountInvalid);
        string to = MessageFields.Account(body, "To_Account", MessageCodes.ToAccountInvalid);
        uint random = MessageFields.UInt32(body, "MsgRandom", MessageCodes.RandomInvalid, required: true)!.Value;
        uint seq = MessageFields.UInt32(body, "MsgSeq", MessageCodes.JsonInvalid, required: false) ?? (uint)Random.Shared.NextInt64(0, uint.MaxValue);
        long time = MessageFields.Integer(body, "MsgTimeStamp", MessageCodes.TimeStampInvalid)
            ?? throw new ApiException(MessageCodes.TimeStampInvalid, "MsgTimeStamp is required (Unix seconds).");
        string? cloud = body.OptionalText("CloudCustomData");
        JsonElement msgBody = MessageFields.Body(body);
        MessageFields.CheckSize(msgBody, cloud);
        if (!context.State.UserExists(from)) throw new ApiException(MessageCodes.SenderInvalid, $"From_Account '{from}' is not imported.");
        if (!context.State.UserExists(to)) throw new ApiException(MessageCodes.RecipientNotImported, $"To_Account '{to}' is not imported.");
        MessageStore store = context.State.Messages();
        lock (store.Gate)
        {
            if (store.HasImport(from, to, seq, random, time)) return new JsonObject();
            store.Add(new StoredMessage { From = from, To = to, Seq = seq, Random = random, Time = time, Body = msgBody, CloudCustomData = cloud, CountsUnread = sync == 5 });
        }
        context.State.OneToOneMessageStored?.Invoke(from, to, time);
        context.State.OneToOneMessageStored?.Invoke(to, from, time);
        return new JsonObject();
    }
}

/// <summary>
/// openim/admin_getroammsg (message spec §3.4, §6): the operator's view, MinTime ≤ t ≤ MaxTime (inclusive, UNCONFIRMED);
/// with LastMsgKey, only messages before its position in (time, MsgSeq, MsgRandom) order; newest first until MaxCnt or
/// the page passes the byte cap (at least one), listed ascending; LastMsgTime/LastMsgKey name the page's oldest. Accepts
/// the 2020 names From_Account/To_Account (new names win). The StuckRoamCursor setting answers a continuation with the
/// request's own cursor and Complete 0, to prove a client's no-progress guard.
/// </summary>
internal sealed class GetRoamMsgCommand : ICommand
{
    public string Name => "admin_getroammsg";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string op = MessageFields.OptionalAccount(body, "Operator_Account", MessageCodes.FromAccountInvalid)
            ?? MessageFields.Account(body, "From_Account", MessageCodes.FromAccountInvalid);
        string peer = MessageFields.OptionalAccount(body, "Peer_Account", MessageCodes.ToAccountInvalid)
            ?? MessageFields.Account(body, "To_Account", MessageCodes.ToAccountInvalid);
        long maxCnt = body.Integer("MaxCnt");
        long minTime = body.Integer("MinTime");
        long maxTime = body.Integer("MaxTime");
        if (maxCnt < 1) throw body.Invalid("MaxCnt must be at least 1.");
        string? lastKey = body.Has("LastMsgKey") ? LastKey(body) : null;
        if (!context.State.UserExists(op)) throw new ApiException(MessageCodes.FromAccountInvalid, $"Operator_Account '{op}' is not imported.");

        MessageStore store = context.State.Messages();
        MessageSettings settings = store.Settings;
        var page = new List<StoredMessage>();
        bool complete;
        lock (store.Gate)
        {
            // Newest first from the end of the pair's history (kept in order), so a page costs its own messages, not the history's.
            IReadOnlyList<StoredMessage> history = store.History(op, peer);
            var position = lastKey != null ? Position(store, op, peer, lastKey) : null;
            int bytes = 0;
            complete = true;
            for (int i = history.Count - 1; i >= 0; i--)
            {
                StoredMessage m = history[i];
                if (m.Time < minTime) break;
                if (m.HiddenFor == op || m.Time > maxTime || (position is { } p && !Before(m, p))) continue;
                int size = MessageFields.SizeOf(m);
                if (page.Count >= maxCnt || (page.Count > 0 && bytes + size > settings.RoamPageBytes))
                {
                    complete = false;
                    break;
                }
                bytes += size;
                page.Add(m);
            }
        }
        if (settings.StuckRoamCursor && lastKey != null)
            return Answer(page, 0, maxTime, lastKey);
        page.Reverse();
        return page.Count == 0 ? Answer(page, 1, 0, "") : Answer(page, complete ? 1 : 0, page[0].Time, page[0].Key);
    }

    private static string LastKey(JsonFields body)
    {
        // A string since 2023; the 2020 table typed it as an integer (spec §8).
        try
        {
            return body.OptionalText("LastMsgKey") ?? "";
        }
        catch (ApiException)
        {
            return body.Integer("LastMsgKey").ToString(CultureInfo.InvariantCulture);
        }
    }

    private static (long Time, uint Seq, uint Random)? Position(MessageStore store, string op, string peer, string key)
    {
        if (store.History(op, peer).FirstOrDefault(m => m.Key == key) is { } found) return (found.Time, found.Seq, found.Random);
        string[] parts = key.Split('_');
        return parts.Length == 3 && uint.TryParse(parts[0], out uint seq) && uint.TryParse(parts[1], out uint random) && long.TryParse(parts[2], out long time)
            ? (time, seq, random) : null;
    }

    private static bool Before(StoredMessage m, (long Time, uint Seq, uint Random) p) =>
        m.Time != p.Time ? m.Time < p.Time : m.Seq != p.Seq ? m.Seq < p.Seq : m.Random < p.Random;

    private static JsonObject Answer(List<StoredMessage> page, int complete, long lastTime, string lastKey) => new()
    {
        ["Complete"] = complete,
        ["MsgCnt"] = page.Count,
        ["LastMsgTime"] = lastTime,
        ["LastMsgKey"] = lastKey,
        ["MsgList"] = new JsonArray(page.Select(m => (JsonNode)MessageFields.ToJson(m)).ToArray()),
    };
}
