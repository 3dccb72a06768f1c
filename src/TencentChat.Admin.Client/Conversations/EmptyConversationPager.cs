using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// One user's empty conversations, honestly: the only signal get_list gives is AssistFlags bit 1 ("return empty
    /// conversations", spec §3.8), and an empty conversation still carries a MsgTime (spec §3.2), so "no time" finds
    /// nothing. This lists the user's conversations twice: first without bit 1, keeping only their ids, then with it,
    /// writing page by page the conversations the first listing did not have. That costs the get_list requests of both
    /// listings. A conversation that gets its first message between the two listings can still be returned.
    /// UNCONFIRMED: the real service may send MsgTime 0 for a conversation without messages, which would make one listing
    /// enough; the module does not rely on it.
    /// </summary>
    public sealed class EmptyConversationPager : IPageReader<ChatConversation>
    {
        private readonly ConversationPager _withoutEmpty;
        private readonly ConversationPager _withEmpty;
        private HashSet<string>? _notEmpty;

        public EmptyConversationPager(ChatSession session, string account, ChatAssistFlags assistFlags, ChatLog log)
        {
            _withoutEmpty = new ConversationPager(session, account, assistFlags & ~ChatAssistFlags.EmptyConversations, log);
            _withEmpty = new ConversationPager(session, account, assistFlags | ChatAssistFlags.EmptyConversations, log);
        }

        public bool IsComplete => _withEmpty.IsComplete;

        /// <summary>The first call reads the whole listing without bit 1 (ids only); each call then reads one page with it.</summary>
        public async Task<IReadOnlyList<ChatConversation>> NextPageAsync(CancellationToken cancellationToken)
        {
            if (_notEmpty == null)
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                while (!_withoutEmpty.IsComplete)
                    foreach (var conversation in await _withoutEmpty.NextPageAsync(cancellationToken).ConfigureAwait(false))
                        ids.Add(conversation.ConversationId);
                _notEmpty = ids;
            }
            var page = await _withEmpty.NextPageAsync(cancellationToken).ConfigureAwait(false);
            return page.Where(c => !_notEmpty.Contains(c.ConversationId)).ToList();
        }
    }
}
