using System.Text.Json.Serialization;

namespace TencentChat.Admin.Client.Conversations.Wire
{
    /// <summary>ContactItem of the group/mark APIs (spec §2.0): the peer key is ToGroupId with a capital I here.</summary>
    internal sealed class WireContactItem
    {
        [JsonPropertyName("Type")] public int Type { get; set; }
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("ToGroupId")] public string? ToGroupId { get; set; }

        // Response-only fields (search_contact_group, get_contact_group).
        [JsonPropertyName("StandardMark")] public string? StandardMark { get; set; }
        [JsonPropertyName("CustomMark")] public string? CustomMark { get; set; }
        [JsonPropertyName("ContactGroupId")] public int[]? ContactGroupId { get; set; }
        [JsonPropertyName("Timestamp")] public long? Timestamp { get; set; }
    }

    internal sealed class WireGroupItem
    {
        [JsonPropertyName("GroupName")] public string? GroupName { get; set; }
        [JsonPropertyName("GroupId")] public int GroupId { get; set; }
    }
}
