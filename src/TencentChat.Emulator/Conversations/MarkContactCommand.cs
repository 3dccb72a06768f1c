using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>
/// mark_contact (spec §2.6). SetMark/ClearMark hold 0-based bit numbers 0..63 (0 star, 1 unread, 2 fold, 3 hide,
/// 32–63 app-defined; UNCONFIRMED, shared with the client). OptType is enforced strictly: 1 takes only
/// SetMark/ClearMark, 2 only CustomMark, 3 both; an empty CustomMark clears it (UNCONFIRMED). More than 100 MarkItems
/// is 51006. The whole request is validated before anything is written, and fails with 51008 if more than 1000
/// conversations would carry marks.
/// </summary>
internal sealed class MarkContactCommand : ICommand
{
    private const long StandardOnly = 1, CustomOnly = 2, Both = 3;

    public string Name => "mark_contact";

    private sealed record Change(long OptType, PeerRef Peer, ulong Set, ulong Clear, string? CustomMark);

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        ConversationUser owner = context.Owner(body);
        JsonElement array = ContactJson.ConversationArray(body, "MarkItem");
        List<Change> changes = body.Objects(array, "MarkItem").Select(ReadChange).ToList();

        PeerTable peers = context.State.Conversations.Peers;
        long now = context.State.Now;
        lock (owner.Gate)
        {
            ContactBook contacts = owner.Contacts;
            var keys = changes.Select(c => c.Peer.Intern(peers)).ToList();
            var after = new Dictionary<ConversationKey, (ulong Marks, string? Custom)>();
            for (int i = 0; i < changes.Count; i++)
            {
                ContactRecord? record = contacts.Find(keys[i]);
                (ulong marks, string? custom) = after.TryGetValue(keys[i], out var pending) ? pending : (record?.StandardMark ?? 0, record?.CustomMark);
                after[keys[i]] = Apply(changes[i], marks, custom);
            }
            int markedBefore = contacts.MarkedCount;
            int markedAfter = markedBefore
                - after.Keys.Count(k => contacts.Find(k)?.HasMarks == true)
                + after.Values.Count(v => v.Marks != 0 || v.Custom != null);
            if (markedAfter > ConversationLimits.ConversationsWithMarks && markedAfter > markedBefore)
                throw new ApiException(ConversationCodes.CapacityExceeded, $"{markedAfter} conversations would carry marks; the limit is {ConversationLimits.ConversationsWithMarks}.");

            foreach ((ConversationKey key, (ulong marks, string? custom)) in after)
                contacts.SetMarks(key, marks, custom, now);

            var results = new JsonArray();
            foreach (Change change in changes)
                results.Add(Envelope.ItemResult(new JsonObject { ["OptType"] = change.OptType, ["ContactItem"] = change.Peer.ToContactItem() }, ErrorCodes.Ok, ""));
            return new JsonObject { ["ResultItem"] = results };
        }
    }

    private static (ulong, string?) Apply(Change change, ulong marks, string? custom) =>
        ((marks & ~change.Clear) | change.Set, change.OptType == StandardOnly ? custom : NullIfEmpty(change.CustomMark));

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static Change ReadChange(JsonFields item)
    {
        long opt = item.Integer("OptType");
        if (opt is not (StandardOnly or CustomOnly or Both))
            throw ConversationCodes.Invalid($"{item.PathOf("OptType")} must be 1 (standard marks), 2 (custom mark) or 3 (both), not {opt}.");
        PeerRef peer = PeerRef.Read(item.Object("ContactItem"), PeerRef.ContactGroupKey);
        ulong set = Bits(item, "SetMark");
        ulong clear = Bits(item, "ClearMark");
        string? custom = item.OptionalText("CustomMark");

        bool hasStandard = item.Has("SetMark") || item.Has("ClearMark");
        if (opt == CustomOnly && hasStandard)
            throw ConversationCodes.Invalid($"{item.PathOf("OptType")} is 2 (custom mark only) but SetMark/ClearMark is given.");
        if (opt == StandardOnly && custom != null)
            throw ConversationCodes.Invalid($"{item.PathOf("OptType")} is 1 (standard marks only) but CustomMark is given.");
        if (opt == StandardOnly && !hasStandard)
            throw ConversationCodes.Invalid($"{item.PathOf("OptType")} is 1 but neither SetMark nor ClearMark is given.");
        if (opt != StandardOnly && custom == null)
            throw ConversationCodes.Invalid($"{item.PathOf("CustomMark")} is required with OptType {opt}.");
        if ((set & clear) != 0)
            throw ConversationCodes.Invalid($"{item.PathOf("SetMark")} and ClearMark name the same bit(s): {StandardMarkText.Format(set & clear)} (binary).");
        if (custom != null && Encoding.UTF8.GetByteCount(custom) > ConversationLimits.CustomMarkBytes)
            throw ConversationCodes.Invalid($"{item.PathOf("CustomMark")} is {Encoding.UTF8.GetByteCount(custom)} bytes of UTF-8; the limit is {ConversationLimits.CustomMarkBytes}.");
        return new Change(opt, peer, set, clear, custom);
    }

    private static ulong Bits(JsonFields item, string name)
    {
        ulong bits = 0;
        if (item.OptionalArray(name) is not JsonElement array) return bits;
        int i = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string path = $"{item.PathOf(name)}[{i++}]";
            long bit = JsonFields.IntegerValue(element, path, item.Codes);
            if (bit < 0 || bit > ConversationLimits.HighestMarkBit)
                throw ConversationCodes.Invalid($"{path} is {bit}; standard mark bits are 0..{ConversationLimits.HighestMarkBit}.");
            bits |= 1UL << (int)bit;
        }
        return bits;
    }
}
