using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Conversations.Wire
{
    /// <summary>
    /// top request (spec §2.9): pins (OperationType 1) or unpins (2) conversations; the answer is the bare envelope
    /// (<see cref="EnvelopeOnlyResponse"/>).
    /// </summary>
    internal sealed class TopRequest
    {
        /// <summary>
        /// UNCONFIRMED: Tencent documents no maximum for RecentContactItem. 100 is what mark_contact takes and what the
        /// conversation server's 51006 ("more than 100 conversations in one operation") names; the conformance probe
        /// TopMaxItems checks it against a real app.
        /// </summary>
        public const int MaxItems = 100;
        public const int Pin = 1;
        public const int Unpin = 2;

        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("OperationType")] public int OperationType { get; set; }
        [JsonPropertyName("RecentContactItem")] public WireRecentContactItem[] RecentContactItem { get; set; } = new WireRecentContactItem[0];
    }

    /// <summary>A top item: the group key is GroupId, as in get_list, not ToGroupId as in the group/mark commands.</summary>
    internal sealed class WireRecentContactItem
    {
        [JsonPropertyName("Type")] public int Type { get; set; }
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("GroupId")] public string? GroupId { get; set; }
    }
}
