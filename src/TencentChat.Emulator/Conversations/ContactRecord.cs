namespace TencentChat.Emulator.Conversations;

/// <summary>
/// The group/mark data of one conversation. Stored apart from the recent-contact list (spec §3.7): a record
/// may exist for a conversation that get_list does not return, and deleting the conversation keeps it.
/// </summary>
internal sealed class ContactRecord
{
    public ContactRecord(ConversationKey key, long sequence)
    {
        Key = key;
        Sequence = sequence;
    }

    public ConversationKey Key { get; }

    /// <summary>Creation order within the user; get_contact_group pages by it so inserts and deletes never shift other records.</summary>
    public long Sequence { get; }

    /// <summary>Bit n set = standard mark n (0 star, 1 unread, 2 fold, 3 hide, 32–63 app-defined).</summary>
    public ulong StandardMark { get; set; }

    public string? CustomMark { get; set; }

    /// <summary>Ascending group ids.</summary>
    public List<int> GroupIds { get; } = new();

    /// <summary>Unix seconds of the last group or mark change.</summary>
    public long Timestamp { get; set; }

    /// <summary>Counts towards the 1000-conversations-with-marks capacity (spec §3.7).</summary>
    public bool HasMarks => StandardMark != 0 || CustomMark != null;

    public bool IsEmpty => !HasMarks && GroupIds.Count == 0;
}
