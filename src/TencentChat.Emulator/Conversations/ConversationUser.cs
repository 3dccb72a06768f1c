namespace TencentChat.Emulator.Conversations;

/// <summary>
/// What the conversation family keeps for one user: the recent-contact list and the group/mark records. A command
/// touches exactly one user, so locking <see cref="Gate"/> for the whole command makes each request atomic without a
/// global lock.
/// </summary>
internal sealed class ConversationUser
{
    public ConversationUser(PeerTable peers) => Conversations = new ConversationList(peers);

    public object Gate { get; } = new();
    public ConversationList Conversations { get; }
    public ContactBook Contacts { get; } = new();
}
