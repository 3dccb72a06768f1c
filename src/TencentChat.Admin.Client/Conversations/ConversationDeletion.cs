using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// delete (spec §2.2): removes one conversation from a user's list, one request per conversation (the API takes
    /// one). Not retried when the outcome is unknown (<see cref="ConversationCommands.Delete"/>): with ClearRamble 1 the
    /// history is gone either way, but a second attempt could report a confusing error for a delete that worked.
    /// </summary>
    public static class ConversationDeletion
    {
        /// <summary>The conversation's change: succeeded, or failed with the reason (whatever made the request fail).</summary>
        public static async Task<ChatConversationChange> DeleteAsync(ChatSession session, string account, ConversationKey conversation, bool clearHistory,
            ChatLog log, CancellationToken cancellationToken)
        {
            var change = ChatConversationChange.For(account, conversation, ChatConversationActions.Delete);
            try
            {
                AccountIds.Validate(account);
                var request = new DeleteRequest
                {
                    FromAccount = account,
                    Type = (int)conversation.Type,
                    ToAccount = conversation.PeerAccount,
                    ToGroupid = conversation.GroupId,
                    ClearRamble = clearHistory ? 1 : 0,
                };
                await session.Transport.SendAsync<DeleteRequest, EnvelopeOnlyResponse>(ConversationCommands.Delete, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                // delete has no per-item result: the answer for the one conversation is the item's result.
                return ItemResults.Failed(change, e);
            }
            change.Succeeded = true;
            if (log.IsEnabled(ChatLogLevel.Verbose))
                log.Verbose($"delete: removed {change}{(clearHistory ? " and its message history" : string.Empty)}.");
            return change;
        }
    }
}
