using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Accounts.Wire;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Accounts
{
    /// <summary>
    /// kick (account-api §3.5): invalidates one account's login state, one account per request: its existing UserSigs
    /// stop working and it must log in again with a new one. A missing account fails with 70107 (AccountNotFound).
    /// </summary>
    public static class UserKick
    {
        /// <summary>The account's change: succeeded, or failed with the reason; the UserID must have passed <see cref="AccountIds.Validate"/>.</summary>
        public static async Task<ChatAccountChange> KickAsync(ChatSession session, string userId, ChatLog log, CancellationToken cancellationToken)
        {
            var change = AccountChanges.For(userId, ChatAccountActions.Disconnect);
            try
            {
                await session.Transport.SendAsync<KickRequest, EnvelopeOnlyResponse>(AccountCommands.Kick, new KickRequest { UserId = userId }, log, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (ChatApiException e) when (!e.IsSessionWide)
            {
                // kick takes one account, so Tencent's error for the request is that account's: it names the account as
                // every other per-item error does.
                return AccountChanges.Failed(change, ChatErrorCatalog.Failure(e.Command, e.ErrorCode, e.ErrorInfo, e.ErrorDisplay, change));
            }
            catch (ChatAdminException e)
            {
                return AccountChanges.Failed(change, e);
            }
            change.Succeeded = true;
            log.Verbose($"kick: {userId} must log in again.");
            return change;
        }
    }
}
