using System.Collections.Concurrent;

namespace TencentChat.Emulator.State;

/// <summary>
/// The emulator's in-memory data. Thread-safe. The public members are the direct access for tests: they take
/// the same per-user locks as the API but skip its validation and limits, so a test can build any state
/// (including ones the API would refuse) and read back what the API wrote.
/// </summary>
public sealed class ChatState
{
    private readonly ConcurrentDictionary<string, UserState> _users = new(StringComparer.Ordinal);
    private readonly Func<DateTimeOffset> _clock;
    private readonly ConcurrentDictionary<string, bool> _disbandedGroupChats = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _deletedAt = new(StringComparer.Ordinal);

    public ChatState(Func<DateTimeOffset> clock) => _clock = clock;

    internal PeerTable Peers { get; } = new();

    /// <summary>Unix seconds from the injectable clock; used for record Timestamps and new conversations.</summary>
    public long Now => _clock().ToUnixTimeSeconds();

    public IReadOnlyCollection<string> Users => _users.Keys.ToList();

    public bool UserExists(string userId) => _users.ContainsKey(userId);

    /// <summary>Imports the account if it is not there yet (the seeds' users and the admins count as imported accounts).</summary>
    public void AddUser(string userId) => ImportUser(userId);

    internal UserState ImportUser(string userId) => _users.GetOrAdd(Peers.NameOf(Peers.Intern(userId)), id => new UserState(id, Peers));

    internal UserState? FindUser(string userId) => _users.GetValueOrDefault(userId);

    /// <summary>Imported accounts, the admins included (the free edition's cap counts them all).</summary>
    public int AccountCount => _users.Count;

    /// <summary>Serialises the account writes (imports, deletes), so a cap or re-import check and the write it allows are one step.</summary>
    internal object AccountsGate { get; } = new();

    /// <summary>
    /// Deletes the account with everything it owns: its conversations, groups, marks, profile and online state. Other
    /// users' conversations with it stay, as a deleted user's messages stay in their partners' history.
    /// </summary>
    internal bool DeleteUser(string userId)
    {
        if (!_users.TryRemove(userId, out _)) return false;
        _deletedAt[userId] = Now;
        return true;
    }

    /// <summary>Unix seconds of the account's last deletion, for the re-import block; null if it was never deleted.</summary>
    internal long? DeletedAt(string userId) => _deletedAt.TryGetValue(userId, out long at) ? at : null;

    public AccountInfo? GetAccount(string userId)
    {
        UserState? user = FindUser(userId);
        if (user == null) return null;
        lock (user.Gate)
        {
            var platforms = user.Platforms.Where(p => p.Value != OnlineStatus.Offline).Select(p => new PlatformStatus(p.Key, p.Value)).ToList();
            return new AccountInfo(user.Id, user.Nick, user.FaceUrl, user.AggregateStatus, platforms);
        }
    }

    /// <summary>Sets one platform's login state, as the control API's <c>POST /_emulator/online</c> does.</summary>
    /// <exception cref="KeyNotFoundException">There is no such account.</exception>
    public void SetOnlineStatus(string userId, string platform, OnlineStatus status)
    {
        UserState user = FindUser(userId) ?? throw new KeyNotFoundException($"There is no account '{userId}'; import it first.");
        lock (user.Gate) user.Platforms[platform] = status;
    }

    /// <summary>Adds or replaces a conversation in <paramref name="owner"/>'s recent-contact list (the owner is created if needed).</summary>
    public void PutConversation(string owner, ConversationKind kind, string peer, long msgTime, bool pinned = false, bool empty = false)
    {
        if (msgTime < 1 || msgTime > uint.MaxValue) throw new ArgumentOutOfRangeException(nameof(msgTime), "MsgTime must be a positive uint32 Unix time.");
        UserState user = User(owner);
        var conversation = new Conversation { Kind = kind, PeerId = Peers.Intern(peer), MsgTime = (uint)msgTime, Pinned = pinned, Empty = empty };
        lock (user.Gate) user.Conversations.Put(conversation);
    }

    public bool RemoveConversation(string owner, ConversationKind kind, string peer)
    {
        UserState user = User(owner);
        if (!Peers.TryGetId(peer, out int peerId)) return false;
        lock (user.Gate) return user.Conversations.Remove(new ConversationKey(kind, peerId));
    }

    /// <summary>The list in the emulator's get_list order: pinned first, then MsgTime descending.</summary>
    public IReadOnlyList<ConversationInfo> GetConversations(string owner)
    {
        UserState user = User(owner);
        lock (user.Gate)
        {
            return user.Conversations.InListOrder()
                .Select(c => new ConversationInfo(c.Kind, Peers.NameOf(c.PeerId), c.MsgTime, c.Pinned, c.Empty))
                .ToList();
        }
    }

    /// <summary>Creates a conversation group and returns its id (no name or count checks).</summary>
    public int CreateGroup(string owner, string name)
    {
        UserState user = User(owner);
        lock (user.Gate) return user.Contacts.AddGroup(name).Id;
    }

    public IReadOnlyList<ContactGroupInfo> GetGroups(string owner)
    {
        UserState user = User(owner);
        lock (user.Gate) return user.Contacts.Groups.Select(g => new ContactGroupInfo(g.Id, g.Name, g.MemberCount)).ToList();
    }

    public void AddToGroup(string owner, int groupId, ConversationKind kind, string peer)
    {
        UserState user = User(owner);
        lock (user.Gate)
        {
            ContactGroup group = user.Contacts.Groups.FirstOrDefault(g => g.Id == groupId)
                ?? throw new ArgumentException($"User '{owner}' has no conversation group {groupId}.", nameof(groupId));
            user.Contacts.AddMember(group, new ConversationKey(kind, Peers.Intern(peer)), Now);
        }
    }

    /// <summary>Replaces both marks of a conversation (<c>0</c> and <c>null</c> clear them).</summary>
    public void SetMarks(string owner, ConversationKind kind, string peer, ulong standardMark, string? customMark)
    {
        UserState user = User(owner);
        lock (user.Gate) user.Contacts.SetMarks(new ConversationKey(kind, Peers.Intern(peer)), standardMark, customMark, Now);
    }

    /// <summary>Overrides a record's Timestamp, so a seed or test can hold fixed sample values.</summary>
    public void SetRecordTimestamp(string owner, ConversationKind kind, string peer, long timestamp)
    {
        UserState user = User(owner);
        lock (user.Gate)
        {
            ContactRecord record = (Peers.TryGetId(peer, out int peerId) ? user.Contacts.Find(new ConversationKey(kind, peerId)) : null)
                ?? throw new ArgumentException($"User '{owner}' has no group/mark record for '{peer}'.", nameof(peer));
            record.Timestamp = timestamp;
        }
    }

    public ContactRecordInfo? GetContactRecord(string owner, ConversationKind kind, string peer)
    {
        UserState user = User(owner);
        if (!Peers.TryGetId(peer, out int peerId)) return null;
        lock (user.Gate)
        {
            ContactRecord? r = user.Contacts.Find(new ConversationKey(kind, peerId));
            return r == null ? null : new ContactRecordInfo(kind, peer, r.StandardMark, r.CustomMark, r.GroupIds.ToList(), r.Timestamp);
        }
    }

    /// <summary>
    /// Marks a group chat as disbanded: search_contact_group naming it then fails with 51007 ("failed to replace GroupID
    /// with GroupCode ... the group was disbanded"). The emulator keeps no other group-chat state.
    /// </summary>
    public void DisbandGroupChat(string groupId) => _disbandedGroupChats[groupId] = true;

    internal bool IsDisbanded(string groupId) => _disbandedGroupChats.ContainsKey(groupId);

    /// <summary>Total conversations over all users (for measurements and generate-seed checks).</summary>
    public long ConversationCount => _users.Values.Sum(u => { lock (u.Gate) return (long)u.Conversations.Count; });

    private UserState User(string userId)
    {
        AddUser(userId);
        return _users[userId];
    }
}
