using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Conversations.Wire
{
    /// <summary>mark_contact request (spec §2.6): at most 100 MarkItems per call.</summary>
    internal sealed class MarkContactRequest
    {
        public const int MaxItems = 100;
        public const int StandardOnly = 1;
        public const int CustomOnly = 2;
        public const int StandardAndCustom = 3;

        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("MarkItem")] public WireMarkItem[] MarkItem { get; set; } = new WireMarkItem[0];
    }

    internal sealed class WireMarkItem
    {
        [JsonPropertyName("OptType")] public int OptType { get; set; }
        [JsonPropertyName("ContactItem")] public WireContactItem ContactItem { get; set; } = new WireContactItem();
        [JsonPropertyName("ClearMark")] public int[]? ClearMark { get; set; }
        [JsonPropertyName("SetMark")] public int[]? SetMark { get; set; }
        [JsonPropertyName("CustomMark")] public string? CustomMark { get; set; }
    }

    internal sealed class MarkContactResponse : WireEnvelope
    {
        [JsonPropertyName("ResultItem")] public WireContactResult[]? ResultItem { get; set; }
    }
}
