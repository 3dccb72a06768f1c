namespace TencentChat.Emulator.State;

/// <summary>
/// Everything the emulator keeps for one user. A command touches exactly one user, so locking <see cref="Gate"/>
/// for the whole command makes each request atomic without a global lock.
/// </summary>
internal sealed class UserState
{
    public UserState(string id, PeerTable peers)
    {
        Id = id;
        Conversations = new ConversationList(peers);
    }

    public string Id { get; }
    public object Gate { get; } = new();
    public ConversationList Conversations { get; }
    public ContactBook Contacts { get; } = new();
}
