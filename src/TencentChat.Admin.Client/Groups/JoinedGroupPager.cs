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
    /// The groups one user is in (get_joined_group_list, group spec §3.14), with their profiles and the user's own Role
    /// and JoinTime, paged by Offset. AVChatRoom and not-yet-activated Private groups are asked for too (WithHugeGroups,
    /// WithNoActiveGroups), so every group the user is in comes back. Offset paging is not snapshot-isolated: a group seen
    /// on an earlier page is not written again.
    /// </summary>
    public sealed class JoinedGroupPager : CursorPager<int, ChatGroup>
    {
        /// <summary>Groups per page: 200 of the documented 5000, so a page of full profiles stays well under the 1 MB answer cap (10018).</summary>
        public const int PageSize = 200;

        private static readonly string[] SelfFields = { "Role", "JoinTime" };

        private readonly ChatSession _session;
        private readonly ChatLog _log;
        private readonly ChatGroupType? _type;
        private readonly HashSet<string> _seen = new HashSet<string>(System.StringComparer.Ordinal);

        public JoinedGroupPager(ChatSession session, string account, ChatGroupType? type, ChatLog log) : base(account, 0)
        {
            _session = session;
            _log = log;
            _type = type;
        }

        protected override string Command => GroupCommands.GetJoinedGroupList.Name;

        protected override async Task<Page> FetchAsync(CancellationToken cancellationToken)
        {
            var request = new GetJoinedGroupListRequest
            {
                MemberAccount = Account,
                Limit = PageSize,
                Offset = Cursor,
                GroupType = _type?.ToString(),
                WithHugeGroups = 1,
                WithNoActiveGroups = 1,
                ResponseFilter = new WireGroupInfoFilter { GroupBaseInfoFilter = GroupWire.ProfileFields, SelfInfoFilter = SelfFields },
            };
            var response = await _session.Transport.SendAsync<GetJoinedGroupListRequest, GetJoinedGroupListResponse>(
                GroupCommands.GetJoinedGroupList, request, _log, cancellationToken).ConfigureAwait(false);
            var items = response.GroupIdList ?? new WireJoinedGroup[0];
            var groups = new List<ChatGroup>(items.Length);
            foreach (var item in items.Where(i => i.GroupId != null && _seen.Add(i.GroupId)))
            {
                ChatGroup group = GroupWire.ToGroup(item);
                group.Role = GroupWire.RoleOf(item.SelfInfo?.Role);
                group.JoinTime = GroupWire.Time(item.SelfInfo?.JoinTime);
                groups.Add(group);
            }
            int next = Cursor + items.Length;
            _log.Verbose($"get_joined_group_list {Account}: Offset {Cursor}, {items.Length} groups of {response.TotalCount}.");
            return new Page(groups, items.Length == 0 || next >= (response.TotalCount ?? 0), next);
        }

        protected override string Describe(int cursor) => "Offset " + cursor;
    }
}
