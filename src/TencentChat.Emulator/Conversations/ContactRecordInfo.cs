namespace TencentChat.Emulator.Conversations;

/// <summary>A copy of one conversation's group/mark record, for tests.</summary>
public sealed record ContactRecordInfo(ConversationKind Kind, string Peer, ulong StandardMark, string? CustomMark, IReadOnlyList<int> GroupIds, long Timestamp);
