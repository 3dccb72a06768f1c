using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Operations;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Paging
{
    /// <summary>
    /// Pages one user's conversation-group and mark data (get_contact_group, spec §2.8), one request per
    /// <see cref="NextPageAsync"/> call and never ahead of the caller. Every page carries the whole GroupItem list,
    /// so the user's groups are known after the first page (<see cref="Groups"/>); the records stream page by page.
    /// StartIndex 0 starts, NextStartIndex continues until CompleteFlag is 1; a NextStartIndex handed back twice
    /// stops the pager with NonAdvancingCursor instead of looping.
    /// </summary>
    public sealed class ContactGroupPager
    {
        private readonly ChatSession _session;
        private readonly ChatLog _log;
        private readonly GetContactGroupRequest _request;
        private readonly HashSet<long> _startIndexesSeen = new HashSet<long> { 0 };
        private readonly ContactGroupNames _names = new ContactGroupNames(null);

        public ContactGroupPager(ChatSession session, string account, ChatLog log)
        {
            _session = session;
            _log = log;
            Account = AccountIds.Validate(account);
            _request = new GetContactGroupRequest { FromAccount = Account, StartIndex = 0 };
        }

        public string Account { get; }
        public bool IsComplete { get; private set; }
        public int PagesFetched { get; private set; }

        /// <summary>The user's conversation groups from the latest page, in the server's order; empty before the first page.</summary>
        public IReadOnlyList<ChatContactGroup> Groups { get; private set; } = new ChatContactGroup[0];

        /// <summary>The next page's records; an empty list once <see cref="IsComplete"/>.</summary>
        public async Task<IReadOnlyList<ChatContactGroupRecord>> NextPageAsync(CancellationToken cancellationToken)
        {
            if (IsComplete) return new ChatContactGroupRecord[0];

            var response = await _session.Transport.SendAsync<GetContactGroupRequest, GetContactGroupResponse>(
                ChatCommand.GetContactGroup, _request, _log, cancellationToken).ConfigureAwait(false);
            PagesFetched++;
            var items = response.ContactItem ?? new WireContactItem[0];
            _log.Verbose($"get_contact_group {Account}: page {PagesFetched}, {items.Length} records, CompleteFlag {response.CompleteFlag}.");

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
                page.Add(WireMapping.ToRecord(Account, item, _names));

            if (response.CompleteFlag == 1)
            {
                IsComplete = true;
            }
            else
            {
                if (!_startIndexesSeen.Add(response.NextStartIndex))
                    throw new ChatProtocolException("NonAdvancingCursor",
                        $"get_contact_group for '{Account}' returned NextStartIndex {response.NextStartIndex}, which it had returned before, without CompleteFlag 1; " +
                        $"stopped after page {PagesFetched} instead of looping.")
                    { Target = Account };
                _request.StartIndex = response.NextStartIndex;
            }
            return page;
        }

        /// <summary>The user's groups: one get_contact_group request (the first page's GroupItem lists them all).</summary>
        public static async Task<IReadOnlyList<ChatContactGroup>> GetGroupsAsync(ChatSession session, string account, ChatLog log, CancellationToken cancellationToken)
        {
            var pager = new ContactGroupPager(session, account, log);
            await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
            return pager.Groups;
        }
    }
}
