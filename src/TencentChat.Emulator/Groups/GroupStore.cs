using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// The group family's part of the state: every group by GroupId and in creation order, and each account's groups.
/// One <see cref="Gate"/> serialises every read and write of it (group commands are cheap next to the HTTP round
/// trip, and one lock keeps the cross-group index and the account-deletion cascade consistent). Destroyed groups are
/// forgotten, so their IDs answer 10010, and a custom ID may be reused (UNCONFIRMED).
/// </summary>
internal sealed class GroupStore : IFamilyState
{
    private readonly Dictionary<string, ChatGroup> _byId = new(StringComparer.Ordinal);
    private readonly SortedDictionary<long, ChatGroup> _byOrdinal = new();
    private readonly Dictionary<string, HashSet<string>> _groupsOfAccount = new(StringComparer.Ordinal);
    private long _nextOrdinal = 1;

    public GroupStore(ChatState state) => State = state;

    public ChatState State { get; }

    /// <summary>Held by every command for the whole of its work on groups.</summary>
    public object Gate { get; } = new();

    public int Count => _byId.Count;

    public ChatGroup? Find(string groupId) => _byId.GetValueOrDefault(groupId);

    public bool Exists(string groupId) => _byId.ContainsKey(groupId);

    /// <summary>Groups in creation order, from the one after <paramref name="afterOrdinal"/>.</summary>
    public IEnumerable<ChatGroup> InCreationOrder(long afterOrdinal = 0) =>
        _byOrdinal.Where(p => p.Key > afterOrdinal).Select(p => p.Value);

    /// <summary>A new group; <paramref name="groupId"/> null = one is generated (§2.3). The caller checked a custom ID is free.</summary>
    public ChatGroup Create(GroupType type, string name, string? groupId, long createTime)
    {
        long ordinal = _nextOrdinal++;
        string id = groupId ?? GroupIdGenerator.For(type, ordinal);
        while (_byId.ContainsKey(id)) id = GroupIdGenerator.For(type, ordinal = _nextOrdinal++);
        var group = new ChatGroup(id, type, name, createTime, ordinal);
        _byId.Add(id, group);
        _byOrdinal.Add(ordinal, group);
        return group;
    }

    public void Destroy(ChatGroup group)
    {
        _byId.Remove(group.GroupId);
        _byOrdinal.Remove(group.Ordinal);
        foreach (GroupMember member in group.Members) Unindex(member.Account, group.GroupId);
    }

    /// <summary>Adds <paramref name="account"/> to <paramref name="group"/> and to the account's index.</summary>
    public GroupMember Join(ChatGroup group, string account, GroupRole role, long joinTime)
    {
        GroupMember member = group.AddMember(account, role, joinTime);
        if (!_groupsOfAccount.TryGetValue(account, out HashSet<string>? groups)) _groupsOfAccount[account] = groups = new HashSet<string>(StringComparer.Ordinal);
        groups.Add(group.GroupId);
        return member;
    }

    public bool Leave(ChatGroup group, string account)
    {
        if (!group.RemoveMember(account)) return false;
        Unindex(account, group.GroupId);
        return true;
    }

    /// <summary>The groups <paramref name="account"/> is in, in creation order.</summary>
    public IReadOnlyList<ChatGroup> GroupsOf(string account) =>
        _groupsOfAccount.TryGetValue(account, out HashSet<string>? ids)
            ? ids.Select(id => _byId[id]).OrderBy(g => g.Ordinal).ToList()
            : new List<ChatGroup>();

    /// <summary>The account was deleted: it leaves every group (an owner's group becomes ownerless); its messages stay.</summary>
    public void DropUser(string userId)
    {
        lock (Gate)
        {
            foreach (ChatGroup group in GroupsOf(userId))
            {
                group.RemoveMember(userId);
                group.MutedUntil.Remove(userId);
            }
            _groupsOfAccount.Remove(userId);
        }
    }

    private void Unindex(string account, string groupId)
    {
        if (_groupsOfAccount.TryGetValue(account, out HashSet<string>? groups) && groups.Remove(groupId) && groups.Count == 0)
            _groupsOfAccount.Remove(account);
    }
}
