using System.Collections.Generic;
using System.Linq;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Infrastructure.Completion;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// The C2C peers of a user's most recent conversations for tab completion: the first get_list page (as many
    /// conversations as the server puts on one page, pinned ones first, no empty ones), one request per session and
    /// account. Older peers are not offered: reading a whole list at a prompt could take many requests.
    /// </summary>
    internal static class PeerAccountCache
    {
        private static readonly AccountCompletionCache Cache = new AccountCompletionCache(async (session, account, log, cancellationToken) =>
        {
            var pager = new ConversationPager(session, account, ChatAssistFlags.PinnedConversations | ChatAssistFlags.PagePinnedConversations, log);
            IReadOnlyList<ChatConversation> page = await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
            string[] peers = page.Where(c => c.Type == ChatConversationType.C2C && !string.IsNullOrEmpty(c.PeerAccount))
                .Select(c => c.PeerAccount!).Distinct().ToArray();
            SeenAccounts.Add(session, peers);
            return peers;
        });

        /// <summary><paramref name="account"/>'s C2C peers, most recent first; empty when they cannot be had.</summary>
        public static IReadOnlyList<string> Peers(ChatSession session, string account) => Cache.Values(session, account);
    }
}
