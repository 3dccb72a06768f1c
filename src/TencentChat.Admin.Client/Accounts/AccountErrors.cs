using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Accounts
{
    /// <summary>The account family's Tencent codes (account spec §4) and its own ErrorIds, for the one catalogue.</summary>
    internal static class AccountErrors
    {
        /// <summary>
        /// An account multiaccount_import listed in FailAccounts, which carries no code or reason. Not retried: what lands
        /// there (bad UserID, profile value too long, the free edition's account cap) is UNCONFIRMED but none of it is transient.
        /// </summary>
        private static readonly ChatErrorDefinition NotImportedDefinition =
            new ChatErrorDefinition("AccountNotImported", ChatErrorKind.InvalidData, RetryClass.Never,
                "Tencent gives no reason: check the UserID (at most 32 bytes), the nickname and face URL (at most 500 bytes each), " +
                "the app's account cap (100 on the free edition), and that the UserID was not deleted in the last 3 months.");

        public static void Register(ChatErrorCodes codes)
        {
            // The account family (account spec §4): im_open_login_svc answers 70xxx, openim 90xxx, the profile and
            // relationship stores behind account_import/account_delete 40xxx/30xxx. 70107, 70206, 70402, 70403, 70169,
            // 70500, the openim codes and the profile and relationship stores' codes are common codes (Errors/ChatErrorCatalog.cs).
            codes.Add("AccountLimitReached", ChatErrorKind.QuotaExceeded, RetryClass.Never,
                "The free edition holds at most 100 accounts: upgrade the app to the Pro edition in the Chat console, or remove accounts it no longer needs.", 70398);
            codes.Add("AccountDeletionNotAllowed", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "This app's edition does not allow deleting accounts until the restriction is lifted in the Chat console's account management.", 71000);
            codes.Also("ServerTimeout", 70202);
            codes.Advice(NotImportedDefinition.ErrorId, NotImportedDefinition.Advice);
        }

        /// <summary>The failure of an account multiaccount_import answered in FailAccounts (ErrorCode 0: the request succeeded).</summary>
        internal static ChatApiException NotImported(string command, object target) =>
            new ChatApiException(NotImportedDefinition, command, 0, "Listed in FailAccounts.", null,
                $"{command} did not import {target}: Tencent listed it in FailAccounts.") { Target = target };
    }
}
