using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Friends.Wire;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;

namespace TencentChat.Admin.Client.Friends
{
    /// <summary>
    /// Pages one user's friend table (friend_get, profile-sns spec §3.9) with its loop: StartIndex 0 first, and
    /// StandardSequence and CustomSequence 0 on every page (an echoed, equal Seq would make the server drop that data from
    /// later pages). Done when CompleteFlag is present and not 0, or, without CompleteFlag, when NextStartIndex is absent
    /// or 0; a NextStartIndex that does not move forward stops with NonAdvancingCursor. The page size is the server's
    /// (UNCONFIRMED; the emulator's is 100). Pages are not a snapshot: friends added meanwhile may be missed or repeated.
    /// </summary>
    public sealed class FriendPager : CursorPager<long, ChatFriend>
    {
        private readonly ChatSession _session;
        private readonly ChatLog _log;

        public FriendPager(ChatSession session, string account, ChatLog log) : base(account, 0)
        {
            _session = session;
            _log = log;
        }

        protected override string Command => FriendCommands.FriendGet.Name;

        protected override async Task<Page> FetchAsync(CancellationToken cancellationToken)
        {
            var request = new FriendGetRequest { FromAccount = Account, StartIndex = Cursor };
            var response = await _session.Transport.SendAsync<FriendGetRequest, FriendGetResponse>(FriendCommands.FriendGet, request, _log, cancellationToken)
                .ConfigureAwait(false);
            var items = (response.UserDataItem ?? new WireUserData[0])
                .Select(item => FriendValues.Friend(Account, item.ToAccount ?? string.Empty, item.ValueItem)).ToList();
            bool complete = response.CompleteFlag is { } flag ? flag != 0 : (response.NextStartIndex ?? 0) == 0;
            long next = response.NextStartIndex ?? 0;
            if (_log.IsEnabled(ChatLogLevel.Verbose))
                _log.Verbose($"friend_get {Account}: StartIndex {Cursor}, {items.Count} friends, CompleteFlag {response.CompleteFlag}, NextStartIndex {next}.");
            if (!complete && next <= Cursor)
                throw new ChatProtocolException("NonAdvancingCursor",
                    $"friend_get for '{Account}' returned NextStartIndex {next} after StartIndex {Cursor} without CompleteFlag; stopped instead of looping.") { Target = Account };
            return new Page(items, complete, next);
        }

        protected override string Describe(long cursor) => "NextStartIndex " + cursor;
    }

    /// <summary>
    /// Pages one user's blocklist (black_list_get, §3.13): MaxLimited per page (100 unless given, at most 1000), LastSequence
    /// 0 on every page; the answer's StartIndex is the next page's, 0 when done. The Seq is read from CurruentSequence
    /// (sic), else CurrentSequence: sources disagree on the spelling.
    /// </summary>
    public sealed class BlockedUserPager : CursorPager<long, ChatBlockedUser>
    {
        public const int DefaultPageSize = 100;
        public const int MaxPageSize = 1000;

        private readonly ChatSession _session;
        private readonly ChatLog _log;
        private readonly int _pageSize;

        public BlockedUserPager(ChatSession session, string account, ChatLog log, int pageSize = DefaultPageSize) : base(account, 0)
        {
            _session = session;
            _log = log;
            _pageSize = pageSize >= 1 && pageSize <= MaxPageSize ? pageSize
                : throw new ChatInputException("InvalidBatchSize", $"black_list_get takes 1 to {MaxPageSize} users per page, not {pageSize}.", pageSize);
        }

        /// <summary>The blocklist's Seq from the latest page (CurruentSequence or CurrentSequence), or null before the first page.</summary>
        public long? Sequence { get; private set; }

        protected override string Command => FriendCommands.BlackListGet.Name;

        protected override async Task<Page> FetchAsync(CancellationToken cancellationToken)
        {
            var request = new BlackListGetRequest { FromAccount = Account, StartIndex = Cursor, MaxLimited = _pageSize };
            var response = await _session.Transport.SendAsync<BlackListGetRequest, BlackListGetResponse>(FriendCommands.BlackListGet, request, _log, cancellationToken)
                .ConfigureAwait(false);
            Sequence = response.CurruentSequence ?? response.CurrentSequence;
            var items = (response.BlackListItem ?? new WireBlocked[0]).Select(item => new ChatBlockedUser
            {
                Account = Account,
                User = item.ToAccount ?? string.Empty,
                AddTime = item.AddBlackTimeStamp is { } seconds ? System.DateTimeOffset.FromUnixTimeSeconds(seconds) : (System.DateTimeOffset?)null,
            }).ToList();
            long next = response.StartIndex ?? 0;
            _log.Verbose($"black_list_get {Account}: StartIndex {Cursor}, {items.Count} users, next StartIndex {next}, Seq {Sequence}.");
            if (next != 0 && next <= Cursor)
                throw new ChatProtocolException("NonAdvancingCursor",
                    $"black_list_get for '{Account}' returned StartIndex {next} after {Cursor}; stopped instead of looping.") { Target = Account };
            return new Page(items, next == 0, next);
        }

        protected override string Describe(long cursor) => "StartIndex " + cursor;
    }
}
