using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Operations;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Paging
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

        protected override string Command => ChatCommand.GetList.Name;

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
            var response = await _session.Transport.SendAsync<GetListRequest, GetListResponse>(ChatCommand.GetList, request, _log, cancellationToken)
                .ConfigureAwait(false);
            var items = response.SessionItem ?? new WireSessionItem[0];
            _log.Verbose($"get_list {Account}: page {PagesFetched + 1}, {items.Length} conversations, CompleteFlag {response.CompleteFlag}.");

            ContactGroupNames names = await GroupNamesFor(items, response.GroupItem, cancellationToken).ConfigureAwait(false);
            var page = new List<ChatConversation>(items.Length);
            foreach (var item in items)
                page.Add(WireMapping.ToConversation(Account, item, names));
            return new Page(page, response.CompleteFlag == 1,
                (response.TimeStamp, response.StartIndex, response.TopTimeStamp, response.TopStartIndex));
        }

        protected override string Describe((long TimeStamp, long StartIndex, long TopTimeStamp, long TopStartIndex) cursor) =>
            $"TimeStamp {cursor.TimeStamp}, StartIndex {cursor.StartIndex}, TopTimeStamp {cursor.TopTimeStamp}, TopStartIndex {cursor.TopStartIndex}";

        /// <summary>
        /// Names for ContactGroupIds: from the page's own GroupItem when the server sends one, otherwise from one
        /// get_contact_group call per account, made only when a page references a group the module cannot name.
        /// </summary>
        private async Task<ContactGroupNames> GroupNamesFor(WireSessionItem[] items, WireGroupItem[]? pageGroups, CancellationToken cancellationToken)
        {
            _groupNames.Add(pageGroups);
            bool needed = false;
            foreach (var item in items)
                if (!_groupNames.Covers(item.ContactGroupId)) { needed = true; break; }
            if (needed && pageGroups == null)
                _groupNames.Add(await ContactGroupPager.GetGroupsAsync(_session, Account, _log, cancellationToken).ConfigureAwait(false));
            return _groupNames;
        }
    }
}
