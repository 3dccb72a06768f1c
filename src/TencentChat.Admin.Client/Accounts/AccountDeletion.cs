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
    /// account_delete (account-api §3.3): deletes up to 100 accounts per request, with everything Tencent keeps for them
    /// (contacts, profile, groups, conversations), irrecoverably. An account that does not exist is a per-item 70107
    /// (AccountNotFound), not a failure of the batch. Not retried when the outcome is unknown (<see cref="AccountCommands.AccountDelete"/>).
    /// </summary>
    public static class AccountDeletion
    {
        public const int MaxAccountsPerRequest = AccountDeleteRequest.MaxItems;

        /// <summary>One change per UserID, in order; the UserIDs must have passed <see cref="AccountIds.Validate"/>.</summary>
        public static async Task<IReadOnlyList<ChatAccountChange>> DeleteAsync(ChatSession session, IReadOnlyList<string> userIds, ChatLog log,
            CancellationToken cancellationToken)
        {
            BatchSize.Check(userIds, AccountCommands.AccountDelete, "accounts");
            var changes = userIds.Select(id => AccountChanges.For(id, ChatAccountActions.Delete)).ToList();
            var request = new AccountDeleteRequest { DeleteItem = userIds.Select(id => new WireUserId { UserId = id }).ToArray() };
            AccountResultResponse response;
            try
            {
                response = await session.Transport.SendAsync<AccountDeleteRequest, AccountResultResponse>(
                    AccountCommands.AccountDelete, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                return AccountChanges.Failed(changes, e);
            }

            var results = new AccountResults<WireAccountResult>(response.ResultItem, r => r.UserId);
            foreach (var change in changes)
            {
                var result = results.Take(change.UserId);
                AccountChanges.FromResult(change, AccountCommands.AccountDelete.Name, result?.ResultCode, result?.ResultInfo, session.Redactor);
            }
            log.Verbose($"account_delete: {changes.Count(c => c.Succeeded)} of {changes.Count} deleted.");
            return changes;
        }
    }
}
