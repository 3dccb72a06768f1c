using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Accounts.Wire
{
    /// <summary>query_online_status request (account-api §3.6): at most 500 accounts.</summary>
    internal sealed class QueryOnlineStatusRequest
    {
        public const int MaxItems = 500;

        [JsonPropertyName("To_Account")] public string[] ToAccount { get; set; } = new string[0];
        /// <summary>Sent always (0 or 1), because the default when absent is UNCONFIRMED.</summary>
        [JsonPropertyName("IsNeedDetail")] public int IsNeedDetail { get; set; }
    }

    internal sealed class QueryOnlineStatusResponse : WireEnvelope
    {
        [JsonPropertyName("QueryResult")] public WireOnlineStatus[]? QueryResult { get; set; }
        [JsonPropertyName("ErrorList")] public WireOnlineStatusError[]? ErrorList { get; set; }
    }

    /// <summary>
    /// One account's status. The spec's conflict: Chinese docs and most SDKs name it Status, the English page and the old
    /// querystate command State; both are read and Status wins.
    /// </summary>
    internal sealed class WireOnlineStatus
    {
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("Status")] public string? Status { get; set; }
        [JsonPropertyName("State")] public string? State { get; set; }
        [JsonPropertyName("Detail")] public WirePlatformStatus[]? Detail { get; set; }
    }

    internal sealed class WirePlatformStatus
    {
        [JsonPropertyName("Platform")] public string? Platform { get; set; }
        [JsonPropertyName("Status")] public string? Status { get; set; }
    }

    internal sealed class WireOnlineStatusError
    {
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("ErrorCode")] public int ErrorCode { get; set; }
    }
}
