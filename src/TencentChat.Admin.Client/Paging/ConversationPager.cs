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
    /// Pages one user's conversation list (get_list), one request per <see cref="NextPageAsync"/> call and
    /// never ahead of the caller, so a pipeline that stops early stops the requests too. It carries all four
    /// cursors (pinned and general streams, spec §3.1) until CompleteFlag is 1, and fails instead of looping
    /// when the server hands back cursors it has handed back before.
    /// </summary>
    public sealed class ConversationPager
    {
        private readonly ChatSession _session;
        private readonly ChatLog _log;
        private readonly GetListRequest _request;
        private readonly HashSet<(long, long, long, long)> _cursorsSeen = new HashSet<(long, long, long, long)>();
        private ContactGroupNames? _groupNames;

        public ConversationPager(ChatSession session, string account, ChatAssistFlags assistFlags, ChatLog log)
        {
            _session = session;
            _log = log;
            Account = AccountIds.Validate(account);
            _request = new GetListRequest { FromAccount = Account, AssistFlags = (int)assistFlags };
            _cursorsSeen.Add((0, 0, 0, 0));
        }

        public string Account { get; }
        public bool IsComplete { get; private set; }
        public int PagesFetched { get; private set; }

        /// <summary>The next page's conversations; an empty list once <see cref="IsComplete"/>.</summary>
        public async Task<IReadOnlyList<ChatConversation>> NextPageAsync(CancellationToken cancellationToken)
        {
            if (IsComplete) return new ChatConversation[0];

            var response = await _session.Transport.SendAsync<GetListRequest, GetListResponse>(ChatCommand.GetList, _request, _log, cancellationToken)
                .ConfigureAwait(false);
            PagesFetched++;
            var items = response.SessionItem ?? new WireSessionItem[0];
            _log.Verbose($"get_list {Account}: page {PagesFetched}, {items.Length} conversations, CompleteFlag {response.CompleteFlag}.");

            ContactGroupNames names = await GroupNamesFor(items, response.GroupItem, cancellationToken).ConfigureAwait(false);
            var page = new List<ChatConversation>(items.Length);
            foreach (var item in items)
                page.Add(WireMapping.ToConversation(Account, item, names));

            if (response.CompleteFlag == 1)
            {
                IsComplete = true;
            }
            else
            {
                var cursors = (response.TimeStamp, response.StartIndex, response.TopTimeStamp, response.TopStartIndex);
                if (!_cursorsSeen.Add(cursors))
                    throw new ChatProtocolException("NonAdvancingCursor",
                        $"get_list for '{Account}' returned cursors it had returned before (TimeStamp {cursors.Item1}, StartIndex {cursors.Item2}, " +
                        $"TopTimeStamp {cursors.Item3}, TopStartIndex {cursors.Item4}) without CompleteFlag 1; stopped after page {PagesFetched} instead of looping.")
                    { Target = Account };
                _request.TimeStamp = cursors.Item1;
                _request.StartIndex = cursors.Item2;
                _request.TopTimeStamp = cursors.Item3;
                _request.TopStartIndex = cursors.Item4;
            }
            return page;
        }

        /// <summary>
        /// Names for ContactGroupIds: from the page's own GroupItem when the server sends one, otherwise from one
        /// get_contact_group call per account, made only when a page references a group the module cannot name.
        /// </summary>
        private async Task<ContactGroupNames> GroupNamesFor(WireSessionItem[] items, WireGroupItem[]? pageGroups, CancellationToken cancellationToken)
        {
            _groupNames ??= new ContactGroupNames(null);
            _groupNames.Add(pageGroups);
            bool needed = false;
            foreach (var item in items)
                if (!_groupNames.Covers(item.ContactGroupId)) { needed = true; break; }
            if (needed && pageGroups == null)
            {
                var request = new GetContactGroupRequest { FromAccount = Account, StartIndex = 0 };
                var response = await _session.Transport.SendAsync<GetContactGroupRequest, GetContactGroupResponse>(
                    ChatCommand.GetContactGroup, request, _log, cancellationToken).ConfigureAwait(false);
                _groupNames.Add(response.GroupItem);
            }
            return _groupNames;
        }
    }
}
