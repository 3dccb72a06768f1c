namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// What an account write (import, delete, kick) did to one account. New-ChatAccount writes it for each imported
    /// account, the others with -PassThru; a failed item becomes a non-terminating error whose TargetObject is this
    /// object with Succeeded false, ResultCode and ResultInfo. UserId, Nickname and FaceUrl bind the account cmdlets
    /// again, so <c>$err.TargetObject | New-ChatAccount</c> retries exactly the failed ones with their profile.
    /// </summary>
    public sealed class ChatAccountChange
    {
        public string UserId { get; set; } = string.Empty;

        /// <summary>The nickname sent with an import (Nick), if any.</summary>
        public string? Nickname { get; set; }

        /// <summary>The avatar URL sent with an import (FaceUrl), if any.</summary>
        public string? FaceUrl { get; set; }

        /// <summary>Import, Delete or Disconnect.</summary>
        public string Action { get; set; } = string.Empty;

        public bool Succeeded { get; set; }

        /// <summary>Tencent's per-item ResultCode (0 = ok), or the request's ErrorCode when the request failed as a whole.</summary>
        public int ResultCode { get; set; }

        public string ResultInfo { get; set; } = string.Empty;

        /// <summary>Why the item failed, for the cmdlet's error record; internal, so it never renders or exports.</summary>
        internal Errors.ChatAdminException? Failure { get; set; }

        /// <summary>The prompt and error target text: the UserID.</summary>
        public override string ToString() => UserId;
    }

    /// <summary>The values of <see cref="ChatAccountChange.Action"/>.</summary>
    public static class ChatAccountActions
    {
        public const string Import = "Import";
        public const string Delete = "Delete";
        public const string Disconnect = "Disconnect";
    }
}
