namespace TencentChat.Emulator.State;

/// <summary>
/// Everything the emulator keeps for one user. A command touches exactly one user, so locking <see cref="Gate"/>
/// for the whole command makes each request atomic without a global lock. Deleting the account drops this object,
/// and with it the user's conversations, groups, marks, profile and online state (account spec §3.3).
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

    /// <summary>Profile fields set by the imports; null until one supplies them.</summary>
    public string? Nick { get; set; }
    public string? FaceUrl { get; set; }

    /// <summary>Per platform, in the order the platforms first reported; Offline entries are kept but never listed.</summary>
    public OrderedDictionary<string, OnlineStatus> Platforms { get; } = new(StringComparer.Ordinal);

    /// <summary>Unix seconds of the last kick; this user's UserSigs issued at or before it are refused. 0 = never kicked.</summary>
    public long KickedAt { get; set; }

    /// <summary>Online if any platform is, else PushOnline if any is, else Offline (account spec §3.6).</summary>
    public OnlineStatus AggregateStatus => Platforms.Values.DefaultIfEmpty(OnlineStatus.Offline).Max();
}
