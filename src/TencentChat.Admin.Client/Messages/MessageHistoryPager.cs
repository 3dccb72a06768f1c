using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Messages.Wire;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;

namespace TencentChat.Admin.Client.Messages
{
    /// <summary>
    /// One conversation's history as one side sees it (admin_getroammsg, spec §3.4), newest first, one request per page.
    /// Pages walk backwards from MaxTime; the next request keeps MaxTime at the page's oldest second (LastMsgTime) and
    /// sends its LastMsgKey, so messages of that second may come again: the pager drops every message at or after what
    /// it has already written (newer than the oldest second written, or of that second with a key written), whatever
    /// order a page lists them in, so each message is written once. A page that moves the cursor nowhere ends the
    /// listing: an empty page, an empty LastMsgKey or a LastMsgTime below MinTime with a warning, a cursor handed back
    /// again with NonAdvancingCursor (the base's guard).
    /// </summary>
    public sealed class MessageHistoryPager : CursorPager<(long MaxTime, string LastMsgKey), ChatMessage>
    {
        /// <summary>Messages asked for per request: the spec's loop default; an answer is also cut at about 13 KB.</summary>
        public const int DefaultPageSize = 100;

        private readonly ChatSession _session;
        private readonly ChatLog _log;
        private readonly string _peer;
        private readonly long _minTime;
        private readonly int _pageSize;
        private readonly HashSet<string> _keysAtOldest = new HashSet<string>(StringComparer.Ordinal);
        private long? _oldestWritten;

        public MessageHistoryPager(ChatSession session, string account, string peer, DateTimeOffset after, DateTimeOffset before, ChatLog log,
            int pageSize = DefaultPageSize)
            : base(account, (CheckRange(after, before).Before, string.Empty))
        {
            _session = session;
            _log = log;
            _peer = AccountIds.Validate(peer, "peer");
            _minTime = after.ToUnixTimeSeconds();
            _pageSize = pageSize;
        }

        public string Peer => _peer;

        /// <summary>
        /// The range in Unix seconds, or InvalidMessageTime: -Before earlier than -After, or either before 1970. Both bounds
        /// are sent as they are; whether Tencent includes them is UNCONFIRMED (the emulator does, a conformance probe checks).
        /// </summary>
        public static (long After, long Before) CheckRange(DateTimeOffset after, DateTimeOffset before)
        {
            if (after.ToUnixTimeSeconds() < 0 || before.ToUnixTimeSeconds() < 0)
                throw new ChatInputException("InvalidMessageTime", "Message times start at 1970-01-01 (Unix time 0); -After and -Before must not be earlier.");
            if (before < after)
                throw new ChatInputException("InvalidMessageTime", string.Format(CultureInfo.InvariantCulture,
                    "-Before ({0}) is earlier than -After ({1}); nothing lies between them.", IsoTime.Of(before), IsoTime.Of(after)));
            return (after.ToUnixTimeSeconds(), before.ToUnixTimeSeconds());
        }

        protected override string Command => MessageCommands.GetRoamMsg.Name;

        protected override string Describe((long MaxTime, string LastMsgKey) cursor) => $"LastMsgTime {cursor.MaxTime}, LastMsgKey '{cursor.LastMsgKey}'";

        protected override async Task<Page> FetchAsync(CancellationToken cancellationToken)
        {
            var request = new GetRoamRequest
            {
                OperatorAccount = Account,
                PeerAccount = _peer,
                MaxCnt = _pageSize,
                MinTime = _minTime,
                MaxTime = Cursor.MaxTime,
                LastMsgKey = Cursor.LastMsgKey.Length == 0 ? null : Cursor.LastMsgKey,
            };
            GetRoamResponse response = await _session.Transport.SendAsync<GetRoamRequest, GetRoamResponse>(MessageCommands.GetRoamMsg, request, _log, cancellationToken)
                .ConfigureAwait(false);
            List<WireRoamMessage> list = response.MsgList ?? new List<WireRoamMessage>();
            // Newest first whatever order the page lists them in (the samples list each page ascending).
            list.Sort((a, b) => b.MsgTimeStamp != a.MsgTimeStamp ? b.MsgTimeStamp.CompareTo(a.MsgTimeStamp)
                : b.MsgSeq != a.MsgSeq ? b.MsgSeq.CompareTo(a.MsgSeq) : b.MsgRandom.CompareTo(a.MsgRandom));
            var page = new List<ChatMessage>(list.Count);
            foreach (WireRoamMessage wire in list)
            {
                ChatMessage message = ToMessage(wire);
                if (_oldestWritten is long oldest && (wire.MsgTimeStamp > oldest || (wire.MsgTimeStamp == oldest && _keysAtOldest.Contains(message.MsgKey))))
                    continue;
                if (_oldestWritten != wire.MsgTimeStamp)
                {
                    _oldestWritten = wire.MsgTimeStamp;
                    _keysAtOldest.Clear();
                }
                _keysAtOldest.Add(message.MsgKey);
                page.Add(message);
            }
            if (_log.IsEnabled(ChatLogLevel.Verbose))
                _log.Verbose($"admin_getroammsg {Account}/{_peer}: page {PagesFetched + 1}, {list.Count} messages ({page.Count} new), Complete {response.Complete}.");

            var next = (response.LastMsgTime, response.LastMsgKey ?? string.Empty);
            if (response.Complete == 1) return new Page(page, true, next);
            string? stuck = list.Count == 0 ? "an empty page"
                : next.Item2.Length == 0 ? "no LastMsgKey"
                : response.LastMsgTime < _minTime ? $"LastMsgTime {response.LastMsgTime}, before MinTime {_minTime}"
                : null;
            if (stuck != null)
            {
                _log.Warning($"admin_getroammsg {Account}/{_peer}: the service answered Complete 0 with {stuck}; stopped after page {PagesFetched + 1} instead of looping. The history may be incomplete.");
                return new Page(page, true, next);
            }
            return new Page(page, false, next);
        }

        private ChatMessage ToMessage(WireRoamMessage wire) => new ChatMessage
        {
            Account = Account,
            Peer = _peer,
            From = wire.FromAccount ?? string.Empty,
            To = wire.ToAccount ?? string.Empty,
            Time = DateTimeOffset.FromUnixTimeSeconds(wire.MsgTimeStamp),
            MsgKey = wire.MsgKey ?? string.Format(CultureInfo.InvariantCulture, "{0}_{1}_{2}", wire.MsgSeq, wire.MsgRandom, wire.MsgTimeStamp),
            MsgSeq = wire.MsgSeq,
            MsgRandom = wire.MsgRandom,
            Body = wire.MsgBody ?? ChatMessageBody.Read(default),
            CloudCustomData = wire.CloudCustomData,
            IsRecalled = (wire.MsgFlagBits & 8) != 0,
            IsPeerRead = wire.IsPeerRead == 1,
        };
    }
}
