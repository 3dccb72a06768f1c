using System.Text.Json;

namespace TencentChat.Emulator.Messages;

/// <summary>One stored one-to-one message (message spec §6): identity, body, recall and read state, and whose view hides it.</summary>
internal sealed class StoredMessage
{
    public required string From { get; init; }
    public required string To { get; init; }
    public required uint Seq { get; init; }
    public required uint Random { get; init; }
    public required long Time { get; init; }
    public string Key => $"{Seq}_{Random}_{Time}";
    public required JsonElement Body { get; set; }
    public string? CloudCustomData { get; set; }
    public int FlagBits { get; set; }
    public bool IsPeerRead { get; set; }

    /// <summary>Counts toward the recipient's unread messages (not NoUnread, not a historical import).</summary>
    public bool CountsUnread { get; init; }

    /// <summary>The account whose view does not show it (the sender of a SyncOtherMachine 2 send), or null.</summary>
    public string? HiddenFor { get; init; }

    /// <summary>The §6 order of a conversation: time, then MsgSeq, then MsgRandom.</summary>
    public static int Compare(StoredMessage a, StoredMessage b) =>
        a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Seq != b.Seq ? a.Seq.CompareTo(b.Seq) : a.Random.CompareTo(b.Random);
}
