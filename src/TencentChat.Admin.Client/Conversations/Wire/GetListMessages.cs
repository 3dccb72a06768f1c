using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Conversations.Wire
{
    /// <summary>get_list request (spec §2.1). The four cursor fields are echoed back unchanged.</summary>
    internal sealed class GetListRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("TimeStamp")] public long TimeStamp { get; set; }
        [JsonPropertyName("StartIndex")] public long StartIndex { get; set; }
        [JsonPropertyName("TopTimeStamp")] public long TopTimeStamp { get; set; }
        [JsonPropertyName("TopStartIndex")] public long TopStartIndex { get; set; }
        [JsonPropertyName("AssistFlags")] public int AssistFlags { get; set; }
    }

    internal sealed class GetListResponse : WireEnvelope
    {
        /// <summary>The page's conversations, mapped while the body is read (see <see cref="SessionItemConverter"/>).</summary>
        [JsonPropertyName("SessionItem"), JsonConverter(typeof(SessionItemConverter))]
        public SessionItemPage? SessionItem { get; set; }

        [JsonPropertyName("CompleteFlag")] public int CompleteFlag { get; set; }
        [JsonPropertyName("TimeStamp")] public long TimeStamp { get; set; }
        [JsonPropertyName("StartIndex")] public long StartIndex { get; set; }
        [JsonPropertyName("TopTimeStamp")] public long TopTimeStamp { get; set; }
        [JsonPropertyName("TopStartIndex")] public long TopStartIndex { get; set; }
        // The 2026 get_list sample sends this dictionary for the items' ContactGroupId; older answers have neither, so it is
        // optional (the pager then reads the names from get_contact_group).
        [JsonPropertyName("GroupItem")] public WireGroupItem[]? GroupItem { get; set; }
    }

    /// <summary>
    /// A get_list item: the group conversation's key is GroupId here, not ToGroupId. A struct, filled on the stack by
    /// <see cref="SessionItemConverter"/> and mapped at once, so that an item costs no object of its own.
    /// </summary>
    internal struct WireSessionItem
    {
        public int Type { get; set; }
        public string? ToAccount { get; set; }
        public string? GroupId { get; set; }
        public long MsgTime { get; set; }
        public int TopFlag { get; set; }
        public string? StandardMark { get; set; }
        public string? CustomMark { get; set; }
        public int[]? ContactGroupId { get; set; }
    }
}
