using System.Collections.Generic;
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
    /// A group's members (get_group_member_info, group spec §3.7, §2.8), 200 per request. A Community pages by the string
    /// cursor Next ("" first, "" at the end; Offset is not supported); every other type by Offset, ending on a short page or
    /// at MemberNum. An AVChatRoom has no member list: GroupTypeNotSupported before any request. Offset paging is not
    /// snapshot-isolated, so members joining or leaving mid-stream can shift the pages: each member is written once
    /// (de-duplicated by account), and one who moved across a page boundary may be missed, which a rerun shows.
    /// When the caller does not know the group's type, the first call asks get_group_info for it.
    /// </summary>
    public sealed class GroupMemberPager : CursorPager<string, ChatGroupMember>
    {
        public const int PageSize = GetGroupMemberInfoRequest.MaxLimit;

        private readonly ChatSession _session;
        private readonly ChatLog _log;
        private readonly string[]? _roles;
        private readonly HashSet<string> _seen = new HashSet<string>(System.StringComparer.Ordinal);
        private ChatGroupType? _type;

        /// <param name="session">The session to send with.</param>
        /// <param name="groupId">A GroupId that passed GroupIds.Validate.</param>
        /// <param name="type">The group's type if known (a piped ChatGroup's Type); null asks get_group_info first.</param>
        /// <param name="roles">Only members with these roles (MemberRoleFilter); null for all.</param>
        /// <param name="log">Where the page lines go.</param>
        public GroupMemberPager(ChatSession session, string groupId, ChatGroupType? type, IReadOnlyCollection<ChatGroupRole>? roles, ChatLog log)
            : base(new Subject(groupId), string.Empty)
        {
            _session = session;
            _log = log;
            _type = type;
            _roles = roles == null || roles.Count == 0 ? null : System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(roles, r => r.ToString()));
        }

        public string GroupId => Account;

        protected override string Command => GroupCommands.GetGroupMemberInfo.Name;

        protected override async Task<Page> FetchAsync(CancellationToken cancellationToken)
        {
            if (_type == null)
                _type = await GroupTypeRefusal.TypeOfAsync(_session, GroupId, _log, cancellationToken).ConfigureAwait(false);
            if (_type is ChatGroupType known && !GroupTypeRefusal.Supports(known, GroupTypeRefusal.Feature.MemberList))
                throw GroupTypeRefusal.NotSupported(GroupId, known, GroupTypeRefusal.Feature.MemberList);
            bool community = _type == ChatGroupType.Community;
            var request = new GetGroupMemberInfoRequest { GroupId = GroupId, Limit = PageSize, MemberRoleFilter = _roles };
            if (community) request.Next = Cursor;
            else request.Offset = Cursor.Length == 0 ? 0 : int.Parse(Cursor, System.Globalization.CultureInfo.InvariantCulture);

            var response = await _session.Transport.SendAsync<GetGroupMemberInfoRequest, GetGroupMemberInfoResponse>(
                GroupCommands.GetGroupMemberInfo, request, _log, cancellationToken).ConfigureAwait(false);
            var list = response.MemberList ?? new WireMember[0];
            var members = new List<ChatGroupMember>(list.Length);
            foreach (var member in list)
                if (member.MemberAccount != null && _seen.Add(member.MemberAccount))
                    members.Add(GroupWire.ToMember(GroupId, member));

            bool complete;
            string next;
            if (community)
            {
                next = response.Next ?? string.Empty;
                complete = next.Length == 0;
            }
            else
            {
                int offset = (request.Offset ?? 0) + list.Length;
                next = offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
                complete = list.Length < PageSize || offset >= (response.MemberNum ?? 0);
            }
            _log.Verbose($"get_group_member_info {GroupId}: {(community ? "Next" : "Offset")} {Describe(Cursor)}, {list.Length} members of {response.MemberNum}.");
            return new Page(members, complete, next);
        }

        protected override string Describe(string cursor) => cursor.Length == 0 ? "\"\"" : cursor;
    }
}
