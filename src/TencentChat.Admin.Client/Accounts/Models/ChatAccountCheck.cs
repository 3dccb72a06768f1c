namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// Whether one UserID is imported into the app (account_check). UserId binds -Account of the conversation cmdlets
    /// (alias UserId) and -UserId of the account cmdlets, so <c>Test-ChatAccount … | Where-Object Imported | Get-ChatConversation</c>
    /// reads only accounts that exist.
    /// </summary>
    public sealed class ChatAccountCheck
    {
        public string UserId { get; set; } = string.Empty;

        /// <summary>True when Status is Imported.</summary>
        public bool Imported { get; set; }

        /// <summary>Tencent's AccountStatus: Imported or NotImported.</summary>
        public string Status { get; set; } = string.Empty;

        /// <summary>Why the check of this account failed, for the cmdlet's error record; internal, so it never renders or exports.</summary>
        internal Errors.ChatAdminException? Failure { get; set; }

        public override string ToString() => UserId;
    }
}
