using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Accounts.Wire;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Accounts
{
    /// <summary>
    /// multiaccount_import (account-api §3.2): imports up to 100 accounts per request. A batch in which some account has
    /// a nickname or face URL is sent in the AccountList form (which sets them, and updates an existing account's); a
    /// batch of bare UserIDs in the Accounts form, which every API version knows. The one-account account_import is not
    /// used: it can do nothing a batch cannot.
    /// </summary>
    public static class AccountImport
    {
        public const int MaxAccountsPerRequest = MultiAccountImportRequest.MaxItems;

        /// <summary>Nick and FaceUrl (Tag_Profile_IM_Image) are at most 500 bytes of UTF-8; longer ones Tencent refuses (40601).</summary>
        public const int MaxProfileBytes = 500;

        /// <summary>
        /// The account to import, checked locally: a bad UserID (<see cref="AccountIds"/>) or a nickname or face URL over 500
        /// bytes throws a <see cref="ChatInputException"/> and nothing is sent for it. An empty nickname or face URL counts
        /// as none (an empty CSV cell must not blank a profile field).
        /// </summary>
        public static ChatAccountChange Prepare(string? userId, string? nickname, string? faceUrl)
        {
            var change = new ChatAccountChange
            {
                UserId = userId ?? string.Empty,
                Nickname = string.IsNullOrEmpty(nickname) ? null : nickname,
                FaceUrl = string.IsNullOrEmpty(faceUrl) ? null : faceUrl,
                Action = ChatAccountActions.Import,
            };
            try
            {
                AccountIds.Validate(userId, "UserID");
                CheckProfileValue(change.Nickname, "nickname");
                CheckProfileValue(change.FaceUrl, "face URL");
            }
            catch (ChatInputException e)
            {
                e.Target = change;
                throw;
            }
            return change;
        }

        /// <summary>
        /// Imports <paramref name="accounts"/> (from <see cref="Prepare"/>) in one request and returns them with their
        /// outcome, in order: an account in FailAccounts fails with AccountNotImported; when the request fails as a whole,
        /// every account carries that failure.
        /// </summary>
        public static async Task<IReadOnlyList<ChatAccountChange>> ImportAsync(ChatSession session, IReadOnlyList<ChatAccountChange> accounts,
            ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(accounts, AccountCommands.MultiAccountImport, "accounts");
            bool withProfile = accounts.Any(a => a.Nickname != null || a.FaceUrl != null);
            var request = withProfile
                ? new MultiAccountImportRequest
                {
                    AccountList = accounts.Select(a => new WireImportAccount { UserId = a.UserId, Nick = a.Nickname, FaceUrl = a.FaceUrl }).ToArray(),
                }
                : new MultiAccountImportRequest { Accounts = accounts.Select(a => a.UserId).ToArray() };

            MultiAccountImportResponse response;
            try
            {
                response = await session.Transport.SendAsync<MultiAccountImportRequest, MultiAccountImportResponse>(
                    AccountCommands.MultiAccountImport, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                return AccountChanges.Failed(accounts, e);
            }

            var failed = new HashSet<string>(response.FailAccounts ?? new string[0], StringComparer.Ordinal);
            foreach (var account in accounts)
            {
                if (failed.Contains(account.UserId))
                {
                    account.ResultInfo = "Listed in FailAccounts.";
                    account.Failure = AccountErrors.NotImported(AccountCommands.MultiAccountImport.Name, account);
                }
                else
                {
                    account.Succeeded = true;
                }
            }
            log.Verbose($"multiaccount_import ({(withProfile ? "AccountList" : "Accounts")} form): {accounts.Count(a => a.Succeeded)} of {accounts.Count} imported.");
            return accounts;
        }

        private static void CheckProfileValue(string? value, string what)
        {
            if (value == null) return;
            int bytes = Encoding.UTF8.GetByteCount(value);
            if (bytes > MaxProfileBytes)
                throw new ChatInputException("InvalidProfileValue",
                    $"The {what} is {bytes} bytes long; Tencent takes at most {MaxProfileBytes} bytes of UTF-8.");
        }
    }
}
