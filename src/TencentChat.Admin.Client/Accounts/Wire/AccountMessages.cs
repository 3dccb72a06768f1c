using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Accounts.Wire
{
    /// <summary>
    /// multiaccount_import request (account-api §3.2), at most 100 accounts, in one of two forms: Accounts (UserIDs only,
    /// known to every SDK) or AccountList (UserID with Nick and FaceUrl, the 2025 form). Exactly one is sent.
    /// </summary>
    internal sealed class MultiAccountImportRequest
    {
        public const int MaxItems = 100;

        [JsonPropertyName("Accounts")] public string[]? Accounts { get; set; }
        [JsonPropertyName("AccountList")] public WireImportAccount[]? AccountList { get; set; }
    }

    internal sealed class WireImportAccount
    {
        [JsonPropertyName("UserID")] public string UserId { get; set; } = string.Empty;
        [JsonPropertyName("Nick")] public string? Nick { get; set; }
        [JsonPropertyName("FaceUrl")] public string? FaceUrl { get; set; }
    }

    /// <summary>FailAccounts: the UserIDs that were not imported; absent or [] when all were (clients accept both).</summary>
    internal sealed class MultiAccountImportResponse : WireEnvelope
    {
        [JsonPropertyName("FailAccounts")] public string[]? FailAccounts { get; set; }
    }

    /// <summary>account_delete request (§3.3): DeleteItem, at most 100.</summary>
    internal sealed class AccountDeleteRequest
    {
        public const int MaxItems = 100;

        [JsonPropertyName("DeleteItem")] public WireUserId[] DeleteItem { get; set; } = new WireUserId[0];
    }

    /// <summary>account_check request (§3.4): CheckItem, at most 100.</summary>
    internal sealed class AccountCheckRequest
    {
        public const int MaxItems = 100;

        [JsonPropertyName("CheckItem")] public WireUserId[] CheckItem { get; set; } = new WireUserId[0];
    }

    internal sealed class WireUserId
    {
        [JsonPropertyName("UserID")] public string UserId { get; set; } = string.Empty;
    }

    /// <summary>The ResultItem list of account_delete and account_check; AccountStatus only in account_check.</summary>
    internal sealed class AccountResultResponse : WireEnvelope
    {
        [JsonPropertyName("ResultItem")] public WireAccountResult[]? ResultItem { get; set; }
    }

    internal sealed class WireAccountResult
    {
        [JsonPropertyName("UserID")] public string? UserId { get; set; }
        [JsonPropertyName("ResultCode")] public int ResultCode { get; set; }
        [JsonPropertyName("ResultInfo")] public string? ResultInfo { get; set; }
        /// <summary>"Imported" or "NotImported".</summary>
        [JsonPropertyName("AccountStatus")] public string? AccountStatus { get; set; }
    }

    /// <summary>
    /// kick request (§3.5): one account per call; the answer is the envelope only. The 2020-era field Identifier is not
    /// sent: current docs and most SDKs send UserID.
    /// </summary>
    internal sealed class KickRequest
    {
        [JsonPropertyName("UserID")] public string UserId { get; set; } = string.Empty;
    }
}
