using System.Text.Json.Nodes;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>A conversation as a request names it: Type plus To_Account or the group id.</summary>
internal readonly record struct PeerRef(ConversationKind Kind, string Peer)
{
    /// <summary>The key spelling of group-API ContactItems (capital I).</summary>
    public const string ContactGroupKey = "ToGroupId";

    /// <summary>The key spelling of the delete command (lower-case id, spec §2.0 trap).</summary>
    public const string DeleteGroupKey = "ToGroupid";

    /// <summary>The key spelling of get_list's SessionItem and of top's RecentContactItem (spec §2.9).</summary>
    public const string ListGroupKey = "GroupId";

    /// <summary>
    /// Reads Type + To_Account / <paramref name="groupKey"/>. Exactly the key that fits Type must be present;
    /// the other spellings of the group key are rejected by name, because mixing them up is the classic client bug.
    /// </summary>
    public static PeerRef Read(JsonFields item, string groupKey)
    {
        foreach (string wrongSpelling in WrongSpellings(groupKey))
        {
            if (item.Has(wrongSpelling))
                throw ConversationCodes.Invalid($"{item.PathOf(wrongSpelling)} is not a field here; this API spells it '{groupKey}'.");
        }

        long type = item.Integer("Type");
        switch (type)
        {
            case (long)ConversationKind.C2C:
                if (item.Has(groupKey))
                    throw ConversationCodes.Invalid($"{item.PathOf(groupKey)} is not allowed with Type 1 (C2C); use To_Account.");
                return new PeerRef(ConversationKind.C2C, item.Account("To_Account"));
            case (long)ConversationKind.Group:
                if (item.Has("To_Account"))
                    throw ConversationCodes.Invalid($"{item.PathOf("To_Account")} is not allowed with Type 2 (group); use {groupKey}.");
                return new PeerRef(ConversationKind.Group, item.String(groupKey));
            default:
                throw ConversationCodes.Invalid($"{item.PathOf("Type")} must be 1 (C2C) or 2 (group), not {type}.");
        }
    }

    /// <summary>
    /// The spellings a client may confuse with <paramref name="groupKey"/>. The ToGroupId/ToGroupid pair is the one the
    /// older commands always checked; GroupId there is an unknown field and stays ignored, as it always was.
    /// </summary>
    private static string[] WrongSpellings(string groupKey) => groupKey switch
    {
        ContactGroupKey => new[] { DeleteGroupKey },
        DeleteGroupKey => new[] { ContactGroupKey },
        _ => new[] { ContactGroupKey, DeleteGroupKey },
    };

    /// <summary>The ContactItem object as the group/mark APIs echo it.</summary>
    public JsonObject ToContactItem() => Kind == ConversationKind.C2C
        ? new JsonObject { ["Type"] = (int)Kind, ["To_Account"] = Peer }
        : new JsonObject { ["Type"] = (int)Kind, [ContactGroupKey] = Peer };

    public ConversationKey Intern(PeerTable peers) => new(Kind, peers.Intern(Peer));

    /// <summary>For reads: an unknown peer cannot have data, and must not grow the peer table.</summary>
    public ConversationKey? Find(PeerTable peers) => peers.TryGetId(Peer, out int id) ? new ConversationKey(Kind, id) : null;
}
