namespace TencentChat.Emulator.Conversations;

/// <summary>The documented limits of the recentcontact family (spec §2, §3.7).</summary>
internal static class ConversationLimits
{
    public const int GroupsPerUser = 20;
    public const int ConversationsPerGroup = 1000;
    public const int ConversationsWithMarks = 1000;
    /// <summary>Also applied to rename: the older doc's 32 bytes rather than the 2026 doc's 64 (spec §2.4) — a client
    /// that passes here passes against either server version.</summary>
    public const int GroupNameBytes = 32;
    public const int CustomMarkBytes = 256;
    /// <summary>Conversations per create/update_contact_group, mark_contact or top request; more is 51006 (spec §1.6 [sdk]; for top UNCONFIRMED, spec §2.9).</summary>
    public const int ConversationsPerRequest = 100;
    public const int SearchItems = 300;
    public const int HighestMarkBit = 63;
    /// <summary>Pinned conversations per user, a limit that cannot be raised (spec §2.9, from the client SDK docs).</summary>
    public const int PinnedPerUser = 50;
}
