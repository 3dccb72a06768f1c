namespace TencentChat.Emulator.Users;

/// <summary>One imported account: what the core needs of it, existence and the UserSig revocation that authentication checks.</summary>
internal sealed class UserAccount
{
    public UserAccount(string id) => Id = id;

    public string Id { get; }

    /// <summary>Unix seconds of the last kick; this user's UserSigs issued at or before it are refused. 0 = never kicked.</summary>
    public long KickedAt { get; set; }

    /// <summary>The profile tags (<see cref="UserProfile"/>), deleted with the account.</summary>
    public UserProfile Profile { get; } = new();
}
