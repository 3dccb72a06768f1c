namespace TencentChat.Emulator.Conversations;

/// <summary>The wire values of the conversation <c>Type</c> field (spec §2.0, §3.9).</summary>
public enum ConversationKind : byte
{
    C2C = 1,
    Group = 2,
}
