using System.Text.Json.Serialization;

namespace TencentChat.Admin.Client.Wire
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
        [JsonPropertyName("SessionItem")] public WireSessionItem[]? SessionItem { get; set; }
        [JsonPropertyName("CompleteFlag")] public int CompleteFlag { get; set; }
        [JsonPropertyName("TimeStamp")] public long TimeStamp { get; set; }
        [JsonPropertyName("StartIndex")] public long StartIndex { get; set; }
        [JsonPropertyName("TopTimeStamp")] public long TopTimeStamp { get; set; }
        [JsonPropertyName("TopStartIndex")] public long TopStartIndex { get; set; }
        // Not in the spec's get_list sample, but the 2026 items reference group ids; accept a dictionary if sent.
        [JsonPropertyName("GroupItem")] public WireGroupItem[]? GroupItem { get; set; }
    }

    /// <summary>A get_list item: the group conversation's key is GroupId here, not ToGroupId.</summary>
    internal sealed class WireSessionItem
    {
        [JsonPropertyName("Type")] public int Type { get; set; }
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("GroupId")] public string? GroupId { get; set; }
        [JsonPropertyName("MsgTime")] public long MsgTime { get; set; }
        [JsonPropertyName("TopFlag")] public int TopFlag { get; set; }
        [JsonPropertyName("StandardMark")] public string? StandardMark { get; set; }
        [JsonPropertyName("CustomMark")] public string? CustomMark { get; set; }
        [JsonPropertyName("ContactGroupId")] public int[]? ContactGroupId { get; set; }
    }
}
