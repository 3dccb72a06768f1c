using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// Pages one user's conversation list (get_list), carrying all four cursors (pinned and general streams,
    /// spec §3.1) back unchanged until CompleteFlag is 1.
    /// </summary>
    public sealed class ConversationPager : CursorPager<(long TimeStamp, long StartIndex, long TopTimeStamp, long TopStartIndex), ChatConversation>
    {
        private readonly ChatSession _session;
        private readonly ChatLog _log;
        private readonly ChatAssistFlags _assistFlags;
        private readonly ContactGroupNames _groupNames = new ContactGroupNames(null);

        public ConversationPager(ChatSession session, string account, ChatAssistFlags assistFlags, ChatLog log)
            : base(account, (0, 0, 0, 0))
        {
            _session = session;
            _log = log;
            _assistFlags = assistFlags;
        }

        protected override string Command => ConversationCommands.GetList.Name;

        protected override async Task<Page> FetchAsync(CancellationToken cancellationToken)
        {
            var request = new GetListRequest
            {
                FromAccount = Account,
                TimeStamp = Cursor.TimeStamp,
                StartIndex = Cursor.StartIndex,
                TopTimeStamp = Cursor.TopTimeStamp,
                TopStartIndex = Cursor.TopStartIndex,
                AssistFlags = (int)_assistFlags,
            };
            var response = await _session.Transport.SendAsync<GetListRequest, GetListResponse>(ConversationCommands.GetList, request, _log, cancellationToken)
                .ConfigureAwait(false);
            SessionItemPage items = response.SessionItem ?? new SessionItemPage();
            // Raised here, once the transport has seen ErrorCode 0: a failure answer is reported by its code whatever its items hold.
            if (items.Fault != null) throw items.Fault;
            List<ChatConversation> page = items.Conversations;
            if (_log.IsEnabled(ChatLogLevel.Verbose))
                _log.Verbose($"get_list {Account}: page {PagesFetched + 1}, {page.Count} conversations, CompleteFlag {response.CompleteFlag}.");

            ContactGroupNames names = await GroupNamesFor(page, response.GroupItem, cancellationToken).ConfigureAwait(false);
            foreach (var conversation in page)
            {
                conversation.Account = Account;
                conversation.ContactGroupNames = names.NamesOf(conversation.ContactGroupIds);
            }
            return new Page(page, response.CompleteFlag == 1,
                (response.TimeStamp, response.StartIndex, response.TopTimeStamp, response.TopStartIndex));
        }

        protected override string Describe((long TimeStamp, long StartIndex, long TopTimeStamp, long TopStartIndex) cursor) =>
            $"TimeStamp {cursor.TimeStamp}, StartIndex {cursor.StartIndex}, TopTimeStamp {cursor.TopTimeStamp}, TopStartIndex {cursor.TopStartIndex}";

        /// <summary>
        /// Names for ContactGroupIds: from the page's own GroupItem when the server sends one, otherwise from one
        /// get_contact_group call per account, made only when a page references a group the module cannot name.
        /// </summary>
        private async Task<ContactGroupNames> GroupNamesFor(List<ChatConversation> page, WireGroupItem[]? pageGroups, CancellationToken cancellationToken)
        {
            _groupNames.Add(pageGroups);
            bool needed = false;
            foreach (var conversation in page)
                if (!_groupNames.Covers(conversation.ContactGroupIds)) { needed = true; break; }
            if (needed && pageGroups == null)
                _groupNames.Add(await ContactGroupPager.GetGroupsAsync(_session, Account, _log, cancellationToken).ConfigureAwait(false));
            return _groupNames;
        }
    }
}
