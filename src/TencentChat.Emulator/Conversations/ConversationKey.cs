namespace TencentChat.Emulator.Conversations;

/// <summary>Identifies one conversation of a user: its kind plus the interned peer id (see <see cref="PeerTable"/>).</summary>
internal readonly record struct ConversationKey(ConversationKind Kind, int PeerId);
