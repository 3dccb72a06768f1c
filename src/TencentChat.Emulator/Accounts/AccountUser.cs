namespace TencentChat.Emulator.Accounts;

/// <summary>What the account family keeps for one account: the profile fields the imports set and the login state per platform.</summary>
internal sealed class AccountUser
{
    public AccountUser(string id) => Id = id;

    public string Id { get; }
    public object Gate { get; } = new();

    /// <summary>Profile fields set by the imports; null until one supplies them.</summary>
    public string? Nick { get; set; }
    public string? FaceUrl { get; set; }

    /// <summary>Per platform, in the order the platforms first reported; Offline entries are kept but never listed.</summary>
    public OrderedDictionary<string, OnlineStatus> Platforms { get; } = new(StringComparer.Ordinal);

    /// <summary>Online if any platform is, else PushOnline if any is, else Offline (account spec §3.6).</summary>
    public OnlineStatus AggregateStatus => Platforms.Values.DefaultIfEmpty(OnlineStatus.Offline).Max();
}
