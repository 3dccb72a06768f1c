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
    /// Pages one user's conversation-group and mark data (get_contact_group, spec §2.8): StartIndex 0 starts,
    /// NextStartIndex continues until CompleteFlag is 1. Every page carries the whole GroupItem list, so the user's
    /// groups are known after the first page (<see cref="Groups"/>); the records stream page by page.
    /// </summary>
    public sealed class ContactGroupPager : CursorPager<long, ChatContactGroupRecord>
    {
        private readonly ChatSession _session;
        private readonly ChatLog _log;
        private readonly ContactGroupNames _names = new ContactGroupNames(null);

        public ContactGroupPager(ChatSession session, string account, ChatLog log) : base(account, 0)
        {
            _session = session;
            _log = log;
        }

        /// <summary>The user's conversation groups from the latest page, in the server's order; empty before the first page.</summary>
        public IReadOnlyList<ChatContactGroup> Groups { get; private set; } = new ChatContactGroup[0];

        protected override string Command => ConversationCommands.GetContactGroup.Name;

        protected override async Task<Page> FetchAsync(CancellationToken cancellationToken)
        {
            var request = new GetContactGroupRequest { FromAccount = Account, StartIndex = Cursor };
            var response = await _session.Transport.SendAsync<GetContactGroupRequest, GetContactGroupResponse>(
                ConversationCommands.GetContactGroup, request, _log, cancellationToken).ConfigureAwait(false);
            var items = response.ContactItem ?? new WireContactItem[0];
            if (_log.IsEnabled(ChatLogLevel.Verbose))
                _log.Verbose($"get_contact_group {Account}: page {PagesFetched + 1}, {items.Length} records, CompleteFlag {response.CompleteFlag}.");

            _names.Add(response.GroupItem);
            if (response.GroupItem != null)
            {
                var groups = new List<ChatContactGroup>(response.GroupItem.Length);
                foreach (var group in response.GroupItem)
                    groups.Add(WireMapping.ToGroup(Account, group));
                Groups = groups;
            }

            var page = new List<ChatContactGroupRecord>(items.Length);
            foreach (var item in items)
                page.Add(WireMapping.ToRecord(Account, item, _names.NamesOf(item.ContactGroupId)));
            return new Page(page, response.CompleteFlag == 1, response.NextStartIndex);
        }

        protected override string Describe(long cursor) => "NextStartIndex " + cursor;

        /// <summary>The user's groups: one get_contact_group request (the first page's GroupItem lists them all).</summary>
        public static async Task<IReadOnlyList<ChatContactGroup>> GetGroupsAsync(ChatSession session, string account, ChatLog log, CancellationToken cancellationToken)
        {
            var pager = new ContactGroupPager(session, account, log);
            await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
            return pager.Groups;
        }
    }
}
