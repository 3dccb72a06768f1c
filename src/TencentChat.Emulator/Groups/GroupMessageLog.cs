namespace TencentChat.Emulator.Groups;

/// <summary>
/// A group's history in seq order (group spec §2.8): seqs start at 1 and grow by 1 per entry, holes included, so
/// <see cref="NextMsgSeq"/> is always one more than the last entry's seq. Sends and imports append; nothing is ever
/// removed (recall marks, <see cref="Recall"/>). Used only under <see cref="GroupStore.Gate"/>.
/// </summary>
public sealed class GroupMessageLog
{
    private readonly List<GroupMessage> _messages = new();

    /// <summary>The seq the next entry gets: 1 for an empty history.</summary>
    public long NextMsgSeq => _messages.Count + 1;

    public int Count => _messages.Count;

    /// <summary>The newest entry, or null for an empty history.</summary>
    public GroupMessage? Last => _messages.Count == 0 ? null : _messages[^1];

    /// <summary>Appends a message and returns it with its seq.</summary>
    /// <param name="sender">The From_Account; null for the admin or a system message.</param>
    /// <param name="bodyJson">The MsgBody array's JSON text, stored as given.</param>
    /// <param name="priority">1 High ... 4 Lowest (<see cref="GroupMessage.PriorityOf"/>).</param>
    internal GroupMessage Append(string? sender, long time, string bodyJson, uint random, int priority, bool isSystem = false)
    {
        var message = new GroupMessage(NextMsgSeq, time, sender, bodyJson, random, priority, isSystem, isHole: false);
        _messages.Add(message);
        return message;
    }

    /// <summary>Appends a placeholder that only holds its seq (IsPlaceMsg 1: expired, failed or deleted).</summary>
    internal GroupMessage AppendHole(long time)
    {
        var hole = new GroupMessage(NextMsgSeq, time, null, "[]", 0, 2, false, isHole: true);
        _messages.Add(hole);
        return hole;
    }

    /// <summary>The entry with <paramref name="seq"/>, or null.</summary>
    public GroupMessage? Find(long seq) => seq >= 1 && seq <= _messages.Count ? _messages[(int)seq - 1] : null;

    /// <summary>Marks a message recalled; false when there is no such message (a hole is none).</summary>
    internal bool Recall(long seq)
    {
        GroupMessage? message = Find(seq);
        if (message == null || message.IsHole) return false;
        message.IsRecalled = true;
        return true;
    }

    /// <summary>Entries with seq ≤ <paramref name="fromSeq"/>, newest first (history's order, §3.26).</summary>
    public IEnumerable<GroupMessage> Descending(long fromSeq)
    {
        for (long seq = Math.Min(fromSeq, _messages.Count); seq >= 1; seq--) yield return _messages[(int)seq - 1];
    }

    /// <summary>Every entry, oldest first.</summary>
    public IReadOnlyList<GroupMessage> All => _messages;
}
