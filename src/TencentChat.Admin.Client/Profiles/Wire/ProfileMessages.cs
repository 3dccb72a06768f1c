using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Profiles.Wire
{
    /// <summary>portrait_get request (profile spec §3.2): at most 100 accounts, and the tags to read.</summary>
    internal sealed class PortraitGetRequest
    {
        public const int MaxItems = 100;

        [JsonPropertyName("To_Account")] public string[] ToAccount { get; set; } = new string[0];
        [JsonPropertyName("TagList")] public string[] TagList { get; set; } = new string[0];
    }

    /// <summary>One UserProfileItem per account asked for; Fail_Account only when one failed (not FailAccounts, as the account family spells it).</summary>
    internal sealed class PortraitGetResponse : WireEnvelope
    {
        [JsonPropertyName("UserProfileItem")] public WireUserProfile[]? UserProfileItem { get; set; }
        [JsonPropertyName("Fail_Account")] public string[]? FailAccount { get; set; }
    }

    internal sealed class WireUserProfile
    {
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("ProfileItem")] public WireTag[]? ProfileItem { get; set; }
        [JsonPropertyName("ResultCode")] public int? ResultCode { get; set; }
        [JsonPropertyName("ResultInfo")] public string? ResultInfo { get; set; }
    }

    /// <summary>portrait_set request (§3.1): one account and its tags; the answer is the envelope only.</summary>
    internal sealed class PortraitSetRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("ProfileItem")] public WireTag[] ProfileItem { get; set; } = new WireTag[0];
    }
}
