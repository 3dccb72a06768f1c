namespace TencentChat.Emulator.Conversations;

/// <summary>A copy of one recent-contact entry, for tests.</summary>
public sealed record ConversationInfo(ConversationKind Kind, string Peer, long MsgTime, bool Pinned, bool Empty);
