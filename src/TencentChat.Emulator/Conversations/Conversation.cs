namespace TencentChat.Emulator.Conversations;

/// <summary>
/// One entry of a user's recent-contact list. A 12-byte struct with the peer interned, so a million
/// conversations cost about 12 MB plus the index instead of one object each.
/// </summary>
internal struct Conversation
{
    public int PeerId;
    public uint MsgTime;
    public ConversationKind Kind;
    public bool Pinned;
    public bool Empty;

    public readonly ConversationKey Key => new(Kind, PeerId);
}
