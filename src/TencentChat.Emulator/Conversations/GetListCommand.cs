using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>
/// get_list (spec §2.1, §3): two streams, pinned and general, each with its own snapshot-plus-offset cursor (see
/// <see cref="StreamCursor"/>); a page holds at most the configured page size over both streams, pinned first.
/// A listing's first page picks one snapshot time for both streams; the final page (CompleteFlag 1) answers
/// (snapshot, 0) for both, exactly the shape of the spec §2.1 sample.
/// </summary>
internal sealed class GetListCommand : ICommand
{
    // AssistFlags bits 0–2 are documented; 3–5 are UNCONFIRMED, read here as switching on the three fields
    // the 2026 docs add when 63 is sent (spec §3.8).
    private const long PinnedSupport = 1, ReturnEmpty = 2, PaginatePinned = 4, WithStandardMark = 8, WithCustomMark = 16, WithContactGroupId = 32;

    public string Name => "get_list";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        ConversationUser owner = context.Owner(body);
        StreamCursor general = Cursor(body, "TimeStamp", "StartIndex");
        StreamCursor pinned = Cursor(body, "TopTimeStamp", "TopStartIndex");
        long flags = body.Integer("AssistFlags");
        if (flags < 0) throw ConversationCodes.Invalid($"AssistFlags must not be negative, not {flags}.");

        bool pinnedStream = (flags & PinnedSupport) != 0;
        bool includeEmpty = (flags & ReturnEmpty) != 0;
        PeerTable peers = context.State.Conversations.Peers;
        lock (owner.Gate)
        {
            ConversationList list = owner.Conversations;
            // One snapshot time for both streams, later than (or equal to) every MsgTime in the list, as in the sample.
            long snapshot = Math.Max(context.State.Now, list.NewestMsgTime);
            if (general.IsStart) general = new StreamCursor(snapshot, 0);
            if (pinned.IsStart) pinned = new StreamCursor(snapshot, 0);
            // Without bit 2 the pinned conversations come all at once (UNCONFIRMED, spec §3.4); without bit 0 there
            // is no pinned stream and pinned conversations sort into the general one.
            StreamPage top = pinnedStream
                ? list.Read(ConversationStream.Pinned, includeEmpty, pinned, (flags & PaginatePinned) != 0 ? context.PageSize : int.MaxValue)
                : new StreamPage(Array.Empty<Conversation>(), pinned, Exhausted: true);
            int room = Math.Max(0, context.PageSize - top.Items.Count);
            StreamPage rest = list.Read(pinnedStream ? ConversationStream.General : ConversationStream.All, includeEmpty, general, room);
            bool complete = top.Exhausted && rest.Exhausted;
            // Until the listing is complete an exhausted stream keeps its offset past the end, so echoing it back
            // cannot restart that stream; once complete both offsets are 0, as in the sample.
            StreamCursor nextGeneral = complete ? rest.Next with { Offset = 0 } : rest.Next;
            StreamCursor nextPinned = complete ? top.Next with { Offset = 0 } : top.Next;

            var items = new JsonArray();
            foreach (Conversation c in top.Items.Concat(rest.Items))
                items.Add(Item(c, owner.Contacts, peers, flags));

            var response = new JsonObject
            {
                ["SessionItem"] = items,
                ["CompleteFlag"] = complete ? 1 : 0,
                ["TimeStamp"] = nextGeneral.Time,
                ["StartIndex"] = nextGeneral.Offset,
                ["TopTimeStamp"] = nextPinned.Time,
                ["TopStartIndex"] = nextPinned.Offset,
            };
            // UNCONFIRMED: the spec's get_list sample has no GroupItem, but ContactGroupId is useless without names
            // and search/get_contact_group answer with this dictionary, so it is sent whenever the ids are.
            if ((flags & WithContactGroupId) != 0)
                response["GroupItem"] = ContactJson.AllGroups(owner.Contacts);
            return response;
        }
    }

    private static StreamCursor Cursor(JsonFields body, string timeField, string indexField)
    {
        var cursor = new StreamCursor(body.Integer(timeField), body.Integer(indexField));
        return cursor.IsWellFormed
            ? cursor
            : throw ConversationCodes.Invalid($"{timeField}/{indexField} ({cursor.Time}/{cursor.Offset}) is not a cursor: send 0/0 for the first page, then echo the previous response's values.");
    }

    /// <summary>A SessionItem: the peer key is To_Account or GroupId (not ToGroupId); mark fields omitted when empty.</summary>
    private static JsonObject Item(Conversation c, ContactBook contacts, PeerTable peers, long flags)
    {
        var item = new JsonObject { ["Type"] = (int)c.Kind };
        item[c.Kind == ConversationKind.C2C ? "To_Account" : "GroupId"] = peers.NameOf(c.PeerId);
        item["MsgTime"] = c.MsgTime;
        item["TopFlag"] = c.Pinned ? 1 : 0;
        ContactRecord? record = contacts.Find(c.Key);
        if (record == null) return item;
        if ((flags & WithStandardMark) != 0 && record.StandardMark != 0) item["StandardMark"] = StandardMarkText.Format(record.StandardMark);
        if ((flags & WithCustomMark) != 0 && record.CustomMark != null) item["CustomMark"] = record.CustomMark;
        if ((flags & WithContactGroupId) != 0 && record.GroupIds.Count > 0) item["ContactGroupId"] = ContactJson.GroupIds(record);
        return item;
    }
}
