using System.Collections.Concurrent;

namespace TencentChat.Emulator.Users;

/// <summary>
/// The emulator's in-memory data: the one table of accounts, shared by every family, plus each family's own part
/// (<see cref="IFamilyState"/>). Thread-safe. The public members, and the families' extension members on this type,
/// are the direct access for tests: they skip the API's validation and limits, so a test can build any state
/// (including ones the API would refuse) and read back what the API wrote.
/// </summary>
public sealed class ChatState
{
    private readonly ConcurrentDictionary<string, UserAccount> _users = new(StringComparer.Ordinal);
    private readonly Func<DateTimeOffset> _clock;
    private readonly ConcurrentDictionary<string, long> _deletedAt = new(StringComparer.Ordinal);
    private readonly List<IFamilyState> _families = new();

    public ChatState(Func<DateTimeOffset> clock) => _clock = clock;

    /// <summary>Unix seconds from the injectable clock; used for record Timestamps and new conversations.</summary>
    public long Now => _clock().ToUnixTimeSeconds();

    public IReadOnlyCollection<string> Users => _users.Keys.ToList();

    public bool UserExists(string userId) => _users.ContainsKey(userId);

    /// <summary>Imports the account if it is not there yet (the seeds' users and the admins count as imported accounts).</summary>
    public void AddUser(string userId) => ImportUser(userId);

    internal UserAccount ImportUser(string userId) => _users.GetOrAdd(userId, id => new UserAccount(id));

    internal UserAccount? FindUser(string userId) => _users.GetValueOrDefault(userId);

    /// <summary>The account's profile tags, shared by the families that read them; null when there is no such account.</summary>
    public UserProfile? ProfileOf(string userId) => FindUser(userId)?.Profile;

    /// <summary>Imported accounts, the admins included (the free edition's cap counts them all).</summary>
    public int AccountCount => _users.Count;

    /// <summary>Serialises the account writes (imports, deletes), so a cap or re-import check and the write it allows are one step.</summary>
    internal object AccountsGate { get; } = new();

    /// <summary>
    /// Gives this state a family's part; called once per state, before any request. The part's
    /// <see cref="IFamilyState.DropUser"/> is the family's deletion hook.
    /// </summary>
    internal void Attach(IFamilyState family) => _families.Add(family);

    /// <summary>The part a family attached; each family attaches exactly one of its own type.</summary>
    internal T Family<T>() where T : IFamilyState => _families.OfType<T>().Single();

    /// <summary>
    /// Deletes the account, then lets every family drop what it kept for it (account spec §3.3), so no family's data
    /// outlives the account and a re-imported UserID starts empty. Other users' data that names it stays, as a deleted
    /// user's messages stay in their partners' history.
    /// </summary>
    internal bool DeleteUser(string userId)
    {
        if (!_users.TryRemove(userId, out _)) return false;
        _deletedAt[userId] = Now;
        foreach (IFamilyState family in _families) family.DropUser(userId);
        return true;
    }

    /// <summary>
    /// Raised by a message family for each stored one-to-one message whose sender and recipient see it in their
    /// conversation lists (owner, peer, message time), once per side. The composition root wires it to the conversation
    /// family, so a message family never names it; unset, nothing happens.
    /// </summary>
    internal Action<string, string, long>? OneToOneMessageStored { get; set; }

    /// <summary>Unix seconds of the account's last deletion, for the re-import block; null if it was never deleted.</summary>
    internal long? DeletedAt(string userId) => _deletedAt.TryGetValue(userId, out long at) ? at : null;
}
