using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// top (spec §2.9): pins or unpins one batch of one account's conversations, at most 100 per request
    /// (UNCONFIRMED, see <see cref="TopRequest.MaxItems"/>), and reads which conversations an account has pinned. Safe to
    /// retry when the outcome is unknown (<see cref="ConversationCommands.Top"/>): pin and unpin are idempotent.
    /// </summary>
    public static class ConversationPinning
    {
        public const int MaxItemsPerRequest = TopRequest.MaxItems;

        /// <summary>Pinned conversations per user: a documented limit that cannot be raised (client SDK docs, spec §2.9).</summary>
        public const int MaxPinnedPerUser = 50;

        /// <summary>
        /// One change per conversation, in order, Action Pin or Unpin. top answers with the envelope only, so its answer is
        /// every item's result: a refused request (a conversation not in the user's list, a 51st pin: both 50002 in the
        /// emulator, UNCONFIRMED) fails every conversation of the batch with that failure (<see cref="ItemResults"/>).
        /// </summary>
        public static Task<IReadOnlyList<ChatConversationChange>> PinAsync(ChatSession session, string account,
            IReadOnlyList<ConversationKey> conversations, bool pin, ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(conversations, ConversationCommands.Top);
            string action = pin ? ChatConversationActions.Pin : ChatConversationActions.Unpin;
            return ItemResults.SendAsync(ConversationCommands.Top.Name, account, conversations, async sent =>
            {
                AccountIds.Validate(account);
                var request = new TopRequest
                {
                    FromAccount = account,
                    OperationType = pin ? TopRequest.Pin : TopRequest.Unpin,
                    RecentContactItem = sent.Select(c => new WireRecentContactItem { Type = (int)c.Type, ToAccount = c.PeerAccount, GroupId = c.GroupId }).ToArray(),
                };
                await session.Transport.SendAsync<TopRequest, EnvelopeOnlyResponse>(ConversationCommands.Top, request, log, cancellationToken).ConfigureAwait(false);
                if (log.IsEnabled(ChatLogLevel.Verbose))
                    log.Verbose($"top {account}: {action} {sent.Count} conversations.");
                return (IReadOnlyList<ChatConversationChange>)sent.Select(c =>
                {
                    var change = ChatConversationChange.For(account, c, action);
                    change.Succeeded = true;
                    return change;
                }).ToList();
            }, key => ChatConversationChange.For(account, key, action), log);
        }

        /// <summary>
        /// The conversations <paramref name="account"/> has pinned, read cheaply: get_list streams the pinned
        /// conversations first (spec §3.1, with AssistFlags bits 0 and 2), at most 50 of them, so the pages are read only
        /// until the first conversation that is not pinned, or the end, not the whole list. Empty conversations are asked
        /// for too (bit 1), since an empty conversation can be pinned. That the pinned stream comes before any general
        /// conversation is the emulator's order and both documented samples' (spec §3.3 calls ordering UNCONFIRMED): the
        /// conformance probe TopPinLimitCode checks it on a real app, with 50 conversations pinned.
        /// </summary>
        public static async Task<ISet<ConversationKey>> ReadPinnedAsync(ChatSession session, string account, ChatLog log, CancellationToken cancellationToken)
        {
            var pager = new ConversationPager(session, account,
                ChatAssistFlags.PinnedConversations | ChatAssistFlags.EmptyConversations | ChatAssistFlags.PagePinnedConversations, log);
            var pinned = new HashSet<ConversationKey>();
            bool pastPinned = false;
            while (!pastPinned && !pager.IsComplete)
                foreach (var conversation in await pager.NextPageAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (!conversation.IsPinned)
                    {
                        pastPinned = true;
                        break;
                    }
                    // The key from the parts get_list gave, not by parsing ConversationId back: what the server answered is
                    // not the user's input, and InvalidConversationId's checks are not for it.
                    pinned.Add(conversation.Type == ChatConversationType.C2C
                        ? ConversationKey.ForPeer(conversation.PeerAccount!)
                        : ConversationKey.ForGroup(conversation.GroupId!));
                }
            log.Verbose($"get_list {account}: {pinned.Count} pinned conversations, read in {pager.PagesFetched} pages.");
            return pinned;
        }
    }
}
