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
    /// query_online_status (account-api §3.6): the login status of up to 500 accounts, with per-platform detail on
    /// request. Accounts in ErrorList (70107: no such account) fail one by one; the others succeed.
    /// </summary>
    public static class OnlineStatusQuery
    {
        public const int MaxAccountsPerRequest = QueryOnlineStatusRequest.MaxItems;

        /// <summary>
        /// One status per UserID, in request order (Tencent documents no order), each carrying its failure when the query of
        /// it failed; the UserIDs must have passed <see cref="AccountIds.Validate"/>.
        /// </summary>
        public static async Task<IReadOnlyList<ChatOnlineStatus>> QueryAsync(ChatSession session, IReadOnlyList<string> userIds, bool detail,
            ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(userIds, AccountCommands.QueryOnlineStatus, "accounts");
            var statuses = userIds.Select(id => new ChatOnlineStatus { UserId = id }).ToList();
            var request = new QueryOnlineStatusRequest { ToAccount = userIds.ToArray(), IsNeedDetail = detail ? 1 : 0 };
            QueryOnlineStatusResponse response;
            try
            {
                response = await session.Transport.SendAsync<QueryOnlineStatusRequest, QueryOnlineStatusResponse>(
                    AccountCommands.QueryOnlineStatus, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                foreach (var status in statuses) status.Failure = e;
                return statuses;
            }

            string command = AccountCommands.QueryOnlineStatus.Name;
            var found = new AccountResults<WireOnlineStatus>(response.QueryResult, r => r.ToAccount);
            var errors = new AccountResults<WireOnlineStatusError>(response.ErrorList, r => r.ToAccount);
            foreach (var status in statuses)
            {
                if (found.Take(status.UserId) is { } result)
                {
                    // The spec's conflict: Status in the Chinese docs and most SDKs, State on the English page; Status wins.
                    status.Status = result.Status ?? result.State ?? string.Empty;
                    if (detail && result.Detail != null)
                        status.Platforms = new ChatValueList<ChatPlatformStatus>(result.Detail
                            .Select(d => new ChatPlatformStatus { Platform = d.Platform ?? string.Empty, Status = d.Status ?? string.Empty }).ToList());
                }
                else if (errors.Take(status.UserId) is { } error)
                    status.Failure = ChatErrorCatalog.Failure(command, error.ErrorCode, string.Empty, null, status);
                else
                    status.Failure = AccountChanges.MissingResult(command, status);
            }
            log.Verbose($"query_online_status: {statuses.Count(s => s.Failure == null)} of {statuses.Count} found.");
            return statuses;
        }
    }
}
