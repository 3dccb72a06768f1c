namespace TencentChat.Emulator.Conversations;

/// <summary>Which conversations a get_list stream walks (spec §3.1).</summary>
internal enum ConversationStream
{
    Pinned,
    General,
    /// <summary>Without AssistFlags bit 0 there is no separate pinned stream: everything is general.</summary>
    All,
}
