using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Conversations.Wire
{
    /// <summary>get_contact_group request (spec §2.8): StartIndex 0, then the previous NextStartIndex.</summary>
    internal sealed class GetContactGroupRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("StartIndex")] public long StartIndex { get; set; }
    }

    internal sealed class GetContactGroupResponse : WireEnvelope
    {
        [JsonPropertyName("ContactItem")] public WireContactItem[]? ContactItem { get; set; }
        [JsonPropertyName("GroupItem")] public WireGroupItem[]? GroupItem { get; set; }
        [JsonPropertyName("CompleteFlag")] public int CompleteFlag { get; set; }
        [JsonPropertyName("NextStartIndex")] public long NextStartIndex { get; set; }
    }
}
