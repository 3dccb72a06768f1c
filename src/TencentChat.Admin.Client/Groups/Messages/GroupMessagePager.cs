using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;

namespace TencentChat.Admin.Client.Groups.Messages
{
    /// <summary>
    /// Pages one group's history backwards (group_msg_get_simple, group spec §2.8): the first request without ReqMsgSeq
    /// (the newest), each next one at the smallest seq returned minus 1, at most 20 messages each. It ends on a page
    /// without messages or when the next ReqMsgSeq would be below 1; IsFinished 0 ("cut short") is not an end. Holes
    /// (IsPlaceMsg 1: expired, failed, deleted) still use up a seq and are skipped; recalled messages (IsPlaceMsg 2) are
    /// asked for and written only with <c>includeRecalled</c>. Seq order follows the Chinese page (earlier = smaller);
    /// the English page says the opposite, a translation error (a conformance probe checks it).
    /// </summary>
    public sealed class GroupMessagePager : CursorPager<uint, ChatGroupMessage>
    {
        /// <summary>The cursor before the first request: no ReqMsgSeq, so the newest messages.</summary>
        private const uint Newest = uint.MaxValue;

        private readonly ChatSession _session;
        private readonly ChatLog _log;
        private readonly bool _includeRecalled;
        private readonly int _pageSize;

        /// <summary>A pager of <paramref name="groupId"/>'s history; <paramref name="pageSize"/> messages per request, 1 to 20: fewer when the caller wants only a few (-First 5 is one request of 5).</summary>
        public GroupMessagePager(ChatSession session, string groupId, bool includeRecalled, ChatLog log, int pageSize = GroupMsgGetSimpleRequest.MaxItems)
            : base(new Subject(GroupIds.Validate(groupId)), Newest)
        {
            if (pageSize < 1 || pageSize > GroupMsgGetSimpleRequest.MaxItems) throw new ArgumentOutOfRangeException(nameof(pageSize));
            _session = session;
            _log = log;
            _includeRecalled = includeRecalled;
            _pageSize = pageSize;
        }

        protected override string Command => GroupCommands.GroupMsgGetSimple.Name;

        protected override async Task<Page> FetchAsync(CancellationToken cancellationToken)
        {
            var request = new GroupMsgGetSimpleRequest
            {
                GroupId = Account,
                ReqMsgNumber = _pageSize,
                ReqMsgSeq = Cursor == Newest ? (uint?)null : Cursor,
                WithRecalledMsg = _includeRecalled ? 1 : (int?)null,
            };
            GroupMsgGetSimpleResponse response;
            try
            {
                response = await _session.Transport.SendAsync<GroupMsgGetSimpleRequest, GroupMsgGetSimpleResponse>(
                    GroupCommands.GroupMsgGetSimple, request, _log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatApiException e) when (e.ErrorCode == NotAllowed)
            {
                throw await ExplainAsync(e, cancellationToken).ConfigureAwait(false);
            }
            WireGroupHistoryMessage[] items = response.RspMsgList ?? new WireGroupHistoryMessage[0];
            var page = new List<ChatGroupMessage>(items.Length);
            uint smallest = uint.MaxValue;
            foreach (var item in items)
            {
                if (item.MsgSeq < smallest) smallest = item.MsgSeq;
                if (item.IsPlaceMsg == 1 || (item.IsPlaceMsg == 2 && !_includeRecalled)) continue;
                page.Add(GroupHistory.ToMessage(Account, item));
            }
            if (_log.IsEnabled(ChatLogLevel.Verbose))
                _log.Verbose($"group_msg_get_simple {Account}: page {PagesFetched + 1}, {items.Length} messages from seq {Describe(Cursor)}, IsFinished {response.IsFinished}.");
            bool complete = items.Length == 0 || smallest <= 1;
            return new Page(page, complete, complete ? Cursor : smallest - 1);
        }

        /// <summary>
        /// 10007 is also Tencent's answer for an AVChatRoom, which keeps no history (§2.2): then GroupTypeNotSupported naming
        /// the type (not session-wide), found with one get_group_info; otherwise the failure as it was.
        /// </summary>
        private async Task<ChatAdminException> ExplainAsync(ChatApiException failure, CancellationToken cancellationToken)
        {
            ChatGroupType? type;
            try
            {
                type = await GroupTypeRefusal.TypeOfAsync(_session, Account, _log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException)
            {
                return failure;
            }
            return type == ChatGroupType.AVChatRoom
                ? new ChatInputException(GroupErrors.TypeNotSupported,
                    $"Message history is not supported for AVChatRoom groups; '{Account}' is an AVChatRoom.", Account)
                : failure;
        }

        private const int NotAllowed = 10007;

        protected override string Describe(uint cursor) =>
            cursor == Newest ? "(newest)" : "ReqMsgSeq " + cursor.ToString(CultureInfo.InvariantCulture);
    }
}
