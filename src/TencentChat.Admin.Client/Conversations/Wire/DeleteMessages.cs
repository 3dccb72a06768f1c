using System.Text.Json.Serialization;

namespace TencentChat.Admin.Client.Conversations.Wire
{
    /// <summary>
    /// delete request (spec §2.2): one conversation per call. The group key is spelled ToGroupid (lower-case id)
    /// here and nowhere else, so this DTO does not reuse <see cref="WireContactItem"/>.
    /// </summary>
    internal sealed class DeleteRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("Type")] public int Type { get; set; }
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("ToGroupid")] public string? ToGroupid { get; set; }
        /// <summary>1 also clears the roaming message history; sent explicitly because the default is UNCONFIRMED.</summary>
        [JsonPropertyName("ClearRamble")] public int ClearRamble { get; set; }
    }
}
