namespace TencentChat.Emulator.State;

/// <summary>
/// A user's recent-contact list. Not thread-safe on its own: <see cref="UserState"/> serialises access.
/// Entries live in a struct list with a key index; the sorted orders used for paging are built lazily and
/// dropped on every write.
/// </summary>
internal sealed class ConversationList
{
    private readonly PeerTable _peers;
    private readonly List<Conversation> _items = new();
    private readonly Dictionary<ConversationKey, int> _index = new();
    private readonly int[]?[] _sorted = new int[]?[3];

    public ConversationList(PeerTable peers) => _peers = peers;

    public int Count => _items.Count;

    public IEnumerable<Conversation> InListOrder() => Sorted(ConversationStream.Pinned).Concat(Sorted(ConversationStream.General)).Select(i => _items[i]);

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
    /// Reads up to <paramref name="limit"/> conversations of one stream after <paramref name="cursor"/>, in the
    /// emulator's order: MsgTime descending, ties by peer id (ordinal), then Type.
    /// </summary>
    public StreamPage Read(ConversationStream stream, bool includeEmpty, StreamCursor cursor, int limit)
    {
        int[] order = Sorted(stream);
        int position = cursor.IsStart ? 0 : FirstAtOrBefore(order, cursor.Time);
        long tiesToSkip = cursor.IsStart ? 0 : cursor.Index;
        var page = new List<Conversation>(Math.Min(limit, 64));
        bool exhausted = true;
        for (; position < order.Length; position++)
        {
            Conversation c = _items[order[position]];
            if (!includeEmpty && c.Empty) continue;
            if (tiesToSkip > 0 && c.MsgTime == cursor.Time)
            {
                tiesToSkip--;
                continue;
            }
            if (page.Count == limit)
            {
                exhausted = false;
                break;
            }
            page.Add(c);
        }
        return new StreamPage(page, NextCursor(cursor, page), exhausted);
    }

    private static StreamCursor NextCursor(StreamCursor previous, List<Conversation> page)
    {
        if (page.Count == 0) return previous;
        uint lastTime = page[^1].MsgTime;
        long ties = page.Count(c => c.MsgTime == lastTime);
        if (!previous.IsStart && previous.Time == lastTime) ties += previous.Index;
        return new StreamCursor(lastTime, ties);
    }

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

    private int[] Sorted(ConversationStream stream)
    {
        ref int[]? cached = ref _sorted[(int)stream];
        if (cached != null) return cached;
        var selected = new List<int>();
        for (int i = 0; i < _items.Count; i++)
        {
            bool pinned = _items[i].Pinned;
            if (stream == ConversationStream.All || pinned == (stream == ConversationStream.Pinned)) selected.Add(i);
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
