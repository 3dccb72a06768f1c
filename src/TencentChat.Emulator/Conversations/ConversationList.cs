namespace TencentChat.Emulator.Conversations;

/// <summary>
/// A user's recent-contact list. Not thread-safe on its own: <see cref="ConversationUser"/> serialises access.
/// Entries live in a struct list with a key index; the sorted orders used for paging are built lazily and
/// dropped on every write.
/// </summary>
internal sealed class ConversationList
{
    private readonly PeerTable _peers;
    private readonly List<Conversation> _items = new();
    private readonly Dictionary<ConversationKey, int> _index = new();
    // One cached order per stream, with and without empty conversations (AssistFlags bit 1).
    private readonly int[]?[] _sorted = new int[]?[6];

    public ConversationList(PeerTable peers) => _peers = peers;

    public int Count => _items.Count;

    /// <summary>Pinned conversations, empty ones included: what top's 50-per-user limit counts.</summary>
    public int PinnedCount => Sorted(ConversationStream.Pinned, includeEmpty: true).Length;

    public IEnumerable<Conversation> InListOrder() => Sorted(ConversationStream.Pinned, includeEmpty: true).Concat(Sorted(ConversationStream.General, includeEmpty: true)).Select(i => _items[i]);

    public bool TryGet(ConversationKey key, out Conversation conversation)
    {
        if (_index.TryGetValue(key, out int i))
        {
            conversation = _items[i];
            return true;
        }
        conversation = default;
        return false;
    }

    public void Put(Conversation conversation)
    {
        if (_index.TryGetValue(conversation.Key, out int i))
        {
            _items[i] = conversation;
        }
        else
        {
            _index.Add(conversation.Key, _items.Count);
            _items.Add(conversation);
        }
        NewestMsgTime = Math.Max(NewestMsgTime, conversation.MsgTime);
        Invalidate();
    }

    public bool Remove(ConversationKey key)
    {
        if (!_index.Remove(key, out int i)) return false;
        int last = _items.Count - 1;
        if (i != last)
        {
            // Swap-remove keeps the struct list dense; the moved entry's index is repointed.
            _items[i] = _items[last];
            _index[_items[i].Key] = i;
        }
        _items.RemoveAt(last);
        Invalidate();
        return true;
    }

    /// <summary>
    /// Reads up to <paramref name="limit"/> conversations of one stream at <paramref name="cursor"/>: the
    /// snapshot (MsgTime ≤ cursor time) in the emulator's order (MsgTime descending, ties by peer id (ordinal),
    /// then Type), skipping the cursor's offset. O(log n + limit) once the order is built: the snapshot is a
    /// suffix of the sorted order, found by binary search, and the offset indexes into it.
    /// </summary>
    public StreamPage Read(ConversationStream stream, bool includeEmpty, StreamCursor cursor, int limit)
    {
        int[] order = Sorted(stream, includeEmpty);
        int first = FirstAtOrBefore(order, cursor.Time);
        long start = first + Math.Min(cursor.Offset, order.Length - first);
        int count = (int)Math.Min(limit, order.Length - start);
        var page = new Conversation[count];
        for (int i = 0; i < count; i++) page[i] = _items[order[start + i]];
        return new StreamPage(page, cursor.Advance(count), Exhausted: start + count == order.Length);
    }

    /// <summary>
    /// The newest MsgTime this list has held: an upper bound of every current MsgTime (a removal does not lower
    /// it), which is all a snapshot time needs.
    /// </summary>
    public long NewestMsgTime { get; private set; }

    /// <summary>Binary search: the first position whose MsgTime is not newer than <paramref name="time"/>.</summary>
    private int FirstAtOrBefore(int[] order, long time)
    {
        int lo = 0, hi = order.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_items[order[mid]].MsgTime > time) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The stream's positions in list order, with or without empty conversations, built once (O(n log n)) and
    /// kept until the next write, so that paging a long list costs one sort, not one per page.
    /// </summary>
    private int[] Sorted(ConversationStream stream, bool includeEmpty)
    {
        ref int[]? cached = ref _sorted[(int)stream * 2 + (includeEmpty ? 1 : 0)];
        if (cached != null) return cached;
        var selected = new List<int>();
        for (int i = 0; i < _items.Count; i++)
        {
            bool pinned = _items[i].Pinned;
            if ((includeEmpty || !_items[i].Empty) && (stream == ConversationStream.All || pinned == (stream == ConversationStream.Pinned)))
                selected.Add(i);
        }
        int[] order = selected.ToArray();
        Array.Sort(order, Compare);
        cached = order;
        return order;
    }

    private int Compare(int a, int b)
    {
        Conversation x = _items[a], y = _items[b];
        int byTime = y.MsgTime.CompareTo(x.MsgTime);
        if (byTime != 0) return byTime;
        int byPeer = string.CompareOrdinal(_peers.NameOf(x.PeerId), _peers.NameOf(y.PeerId));
        return byPeer != 0 ? byPeer : x.Kind.CompareTo(y.Kind);
    }

    private void Invalidate() => Array.Clear(_sorted);
}
