namespace TencentChat.Emulator.Conversations;

/// <summary>
/// A user's conversation groups and group/mark records: plain storage primitives. The API's limits and
/// error codes are enforced by the commands, so tests can also build states the API would refuse.
/// Not thread-safe on its own: <see cref="ConversationUser"/> serialises access.
/// </summary>
internal sealed class ContactBook
{
    private readonly Dictionary<ConversationKey, ContactRecord> _records = new();
    // The same records in Sequence order. Sequences only grow, so appending keeps it sorted and a page is one
    // binary search plus the page itself, instead of filtering and sorting every record on every page.
    private readonly List<ContactRecord> _bySequence = new();
    private readonly List<ContactGroup> _groups = new();
    private int _nextGroupId = 1;
    private long _nextSequence = 1;

    public IReadOnlyList<ContactGroup> Groups => _groups;

    public int MarkedCount => _records.Values.Count(r => r.HasMarks);

    public ContactGroup? FindGroup(string name) => _groups.Find(g => g.Name == name);

    public ContactRecord? Find(ConversationKey key) => _records.GetValueOrDefault(key);

    /// <summary>Records with <see cref="ContactRecord.Sequence"/> ≥ <paramref name="fromSequence"/>, oldest first.</summary>
    public IEnumerable<ContactRecord> FromSequence(long fromSequence)
    {
        for (int i = FirstAtOrAfter(fromSequence); i < _bySequence.Count; i++)
            yield return _bySequence[i];
    }

    private int FirstAtOrAfter(long sequence)
    {
        int lo = 0, hi = _bySequence.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_bySequence[mid].Sequence < sequence) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public ContactGroup AddGroup(string name)
    {
        var group = new ContactGroup(_nextGroupId++, name);
        _groups.Add(group);
        return group;
    }

    public void DeleteGroup(ContactGroup group, long now)
    {
        _groups.Remove(group);
        foreach (ContactRecord record in _records.Values.Where(r => r.GroupIds.Contains(group.Id)).ToList())
        {
            record.GroupIds.Remove(group.Id);
            Touch(record, now);
        }
    }

    /// <returns>False when the conversation already was in the group.</returns>
    public bool AddMember(ContactGroup group, ConversationKey key, long now)
    {
        ContactRecord record = GetOrCreate(key);
        int at = record.GroupIds.BinarySearch(group.Id);
        if (at >= 0) return false;
        record.GroupIds.Insert(~at, group.Id);
        group.MemberCount++;
        Touch(record, now);
        return true;
    }

    /// <returns>False when the conversation was not in the group.</returns>
    public bool RemoveMember(ContactGroup group, ConversationKey key, long now)
    {
        ContactRecord? record = Find(key);
        if (record == null || !record.GroupIds.Remove(group.Id)) return false;
        group.MemberCount--;
        Touch(record, now);
        return true;
    }

    public bool IsMember(ContactGroup group, ConversationKey key) => Find(key)?.GroupIds.Contains(group.Id) == true;

    public void SetMarks(ConversationKey key, ulong standardMark, string? customMark, long now)
    {
        ContactRecord record = GetOrCreate(key);
        record.StandardMark = standardMark;
        record.CustomMark = customMark;
        Touch(record, now);
    }

    private ContactRecord GetOrCreate(ConversationKey key)
    {
        if (!_records.TryGetValue(key, out ContactRecord? record))
        {
            record = new ContactRecord(key, _nextSequence++);
            _records.Add(key, record);
            _bySequence.Add(record);
        }
        return record;
    }

    /// <summary>Stamps the change; a record left with no group and no mark is dropped, so search omits it again.</summary>
    private void Touch(ContactRecord record, long now)
    {
        record.Timestamp = now;
        if (record.IsEmpty && _records.Remove(record.Key))
            _bySequence.RemoveAt(FirstAtOrAfter(record.Sequence));
    }
}
