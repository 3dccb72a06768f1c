namespace TencentChat.Emulator.Conversations;

/// <summary>One stream's share of a get_list page: the conversations, the cursor to echo back, and whether more remain.</summary>
internal sealed record StreamPage(IReadOnlyList<Conversation> Items, StreamCursor Next, bool Exhausted);
