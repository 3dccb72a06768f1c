namespace TencentChat.Emulator.Conversations;

/// <summary>A copy of one conversation group, for tests.</summary>
public sealed record ContactGroupInfo(int Id, string Name, int ConversationCount);
