using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;

namespace TencentChat.Admin.Client.Groups
{
    /// <summary>
    /// The app's GroupIds (get_appid_group_list, group spec §3.1, §2.8): Next starts at 0 and ends at 0; it is an unsigned
    /// 64-bit value, read as such. The command is documented at 1 call per second: the session's rate limiter paces it
    /// (every runspace of the session shares it), so a listing never waits by itself and three in a row are never
    /// throttled. The order of the IDs is UNCONFIRMED (the conformance suite reports it).
    /// </summary>
    public sealed class GroupListPager : CursorPager<ulong, string>
    {
        private readonly ChatSession _session;
        private readonly ChatLog _log;
        private readonly ChatGroupType? _type;
        private readonly int _pageSize;

        /// <param name="session">The session whose rate limiter paces the listing.</param>
        /// <param name="type">Only groups of this type (GroupType; TotalCount then counts that type).</param>
        /// <param name="log">Where the page lines go.</param>
        /// <param name="pageSize">GroupIds per request, 1 to 10000 (the documented maximum, the default).</param>
        public GroupListPager(ChatSession session, ChatGroupType? type, ChatLog log, int pageSize = GetAppIdGroupListRequest.MaxLimit)
            : base(new Subject("the app"), 0UL)
        {
            _session = session;
            _log = log;
            _type = type;
            _pageSize = pageSize < 1 || pageSize > GetAppIdGroupListRequest.MaxLimit ? GetAppIdGroupListRequest.MaxLimit : pageSize;
        }

        /// <summary>TotalCount of the latest page: the app's groups (of the type), null before the first.</summary>
        public long? TotalCount { get; private set; }

        protected override string Command => GroupCommands.GetAppIdGroupList.Name;

        protected override async Task<Page> FetchAsync(CancellationToken cancellationToken)
        {
            var request = new GetAppIdGroupListRequest { Limit = _pageSize, Next = Cursor, GroupType = _type?.ToString() };
            var response = await _session.Transport.SendAsync<GetAppIdGroupListRequest, GetAppIdGroupListResponse>(
                GroupCommands.GetAppIdGroupList, request, _log, cancellationToken).ConfigureAwait(false);
            TotalCount = response.TotalCount;
            var ids = (response.GroupIdList ?? new WireGroupIdItem[0]).Select(g => g.GroupId).Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).ToList();
            ulong next = response.Next ?? 0;
            _log.Verbose($"get_appid_group_list: page {PagesFetched + 1}, {ids.Count} GroupIds of {TotalCount}, Next {next}.");
            return new Page(ids, next == 0, next);
        }

        protected override string Describe(ulong cursor) => "Next " + cursor;
    }
}
