namespace TencentChat.Emulator.Accounts;

/// <summary>
/// What the account family keeps for one account: the login state per platform. The Nick and FaceUrl the imports set
/// are profile tags, kept in the core user's <see cref="Users.UserProfile"/>, so portrait_get reads what account_import wrote.
/// </summary>
internal sealed class AccountUser
{
    public AccountUser(string id) => Id = id;

    public string Id { get; }
    public object Gate { get; } = new();

    /// <summary>Per platform, in the order the platforms first reported; Offline entries are kept but never listed.</summary>
    public OrderedDictionary<string, OnlineStatus> Platforms { get; } = new(StringComparer.Ordinal);

    /// <summary>Online if any platform is, else PushOnline if any is, else Offline (account spec §3.6).</summary>
    public OnlineStatus AggregateStatus => Platforms.Values.DefaultIfEmpty(OnlineStatus.Offline).Max();
}
