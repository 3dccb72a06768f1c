using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Conversations.Wire
{
    /// <summary>search_contact_group request (spec §2.7): at most 300 ContactItems.</summary>
    internal sealed class SearchContactGroupRequest
    {
        public const int MaxItems = 300;

        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("ContactItem")] public WireContactItem[] ContactItem { get; set; } = new WireContactItem[0];
    }

    internal sealed class SearchContactGroupResponse : WireEnvelope
    {
        [JsonPropertyName("ContactResultItem")] public WireContactItem[]? ContactResultItem { get; set; }
        [JsonPropertyName("GroupItem")] public WireGroupItem[]? GroupItem { get; set; }
    }
}
