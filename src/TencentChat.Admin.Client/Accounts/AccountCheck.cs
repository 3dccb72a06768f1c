using System;
using System.Collections.Generic;
using System.Linq;
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
    /// account_check (account-api §3.4): whether up to 100 UserIDs are imported. An unknown UserID is not an error
    /// (ResultCode 0, NotImported); a non-zero ResultCode is the item's failure.
    /// </summary>
    public static class AccountCheck
    {
        public const int MaxAccountsPerRequest = AccountCheckRequest.MaxItems;
        public const string Imported = "Imported";

        /// <summary>
        /// One result per UserID, in request order, each carrying its failure when the check of it failed (the whole
        /// request's, when the request failed); the UserIDs must have passed <see cref="AccountIds.Validate"/>.
        /// </summary>
        public static async Task<IReadOnlyList<ChatAccountCheck>> CheckAsync(ChatSession session, IReadOnlyList<string> userIds, ChatLog log,
            CancellationToken cancellationToken)
        {
            BatchSize.Check(userIds, AccountCommands.AccountCheck, "accounts");
            var checks = userIds.Select(id => new ChatAccountCheck { UserId = id }).ToList();
            var request = new AccountCheckRequest { CheckItem = userIds.Select(id => new WireUserId { UserId = id }).ToArray() };
            AccountResultResponse response;
            try
            {
                response = await session.Transport.SendAsync<AccountCheckRequest, AccountResultResponse>(
                    AccountCommands.AccountCheck, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                foreach (var check in checks) check.Failure = e;
                return checks;
            }

            var results = new AccountResults<WireAccountResult>(response.ResultItem, r => r.UserId);
            string command = AccountCommands.AccountCheck.Name;
            foreach (var check in checks)
            {
                var result = results.Take(check.UserId);
                if (result == null)
                    check.Failure = AccountChanges.MissingResult(command, check);
                else if (result.ResultCode != 0)
                    check.Failure = ChatErrorCatalog.Failure(command, result.ResultCode, session.Redactor.Redact(result.ResultInfo ?? string.Empty), null, check);
                else
                {
                    check.Status = result.AccountStatus ?? string.Empty;
                    check.Imported = string.Equals(check.Status, Imported, StringComparison.OrdinalIgnoreCase);
                }
            }
            log.Verbose($"account_check: {checks.Count(c => c.Imported)} of {checks.Count} imported.");
            return checks;
        }
    }
}
