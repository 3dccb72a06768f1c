using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Messages.Wire;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Messages
{
    /// <summary>One message to import (importmsg, spec §3.3): kept exactly as given, time, sender, MsgSeq, MsgRandom and body.</summary>
    public sealed class ChatImportItem
    {
        public ChatImportItem(string from, string to, DateTimeOffset time, ChatMessageBody body)
        {
            From = from;
            To = to;
            Time = time;
            Body = body;
        }

        public string From { get; }
        public string To { get; }
        public DateTimeOffset Time { get; }
        public ChatMessageBody Body { get; }
        public uint? MsgSeq { get; set; }
        public uint? MsgRandom { get; set; }
        public string? CloudCustomData { get; set; }
    }

    /// <summary>The message writes that address one message or one conversation: import, recall, modify, mark read.</summary>
    public static class MessageWrites
    {
        /// <summary>SyncFromOldSystem: 2 history (counted read, not pushed), 5 live (unread, pushed); spec §2.2 and open item 5.</summary>
        public const int Historical = 2;
        public const int Live = 5;

        /// <summary>
        /// Imports one message. Tencent keeps the first import of a MsgSeq + MsgRandom + MsgTimeStamp in a conversation and
        /// drops later ones (§2.1), so a rerun of the same import adds nothing: a message without MsgSeq or MsgRandom (a
        /// row from another system) gets them from a hash of its sender, recipient, time and content, the same on every run.
        /// </summary>
        public static async Task<ChatMessageReceipt> ImportAsync(ChatSession session, ChatImportItem item, bool historical, ChatLog log,
            CancellationToken cancellationToken)
        {
            AccountIds.Validate(item.From, "sender");
            AccountIds.Validate(item.To, "recipient");
            long time = item.Time.ToUnixTimeSeconds();
            if (time < 0) throw new ChatInputException("InvalidMessageTime", "A message's time cannot be before 1970-01-01 (Unix time 0).", item.To);
            MessageSize.Check(item.Body, item.CloudCustomData);
            (uint seq, uint random) = item.MsgSeq is uint s && item.MsgRandom is uint r ? (s, r) : DerivedKey(item, time);
            var request = new ImportRequest
            {
                SyncFromOldSystem = historical ? Historical : Live,
                FromAccount = item.From,
                ToAccount = item.To,
                MsgSeq = item.MsgSeq ?? seq,
                MsgRandom = item.MsgRandom ?? random,
                MsgTimeStamp = time,
                MsgBody = item.Body,
                CloudCustomData = item.CloudCustomData,
            };
            var receipt = new ChatMessageReceipt
            {
                From = item.From,
                To = item.To,
                MsgTime = DateTimeOffset.FromUnixTimeSeconds(time),
                // The documented key form; importmsg answers no MsgKey (UNCONFIRMED that the service keys imports this way).
                MsgKey = string.Format(CultureInfo.InvariantCulture, "{0}_{1}_{2}", request.MsgSeq, request.MsgRandom, time),
            };
            return await Send(session, MessageCommands.ImportMsg, request, receipt, log, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>A MsgSeq and MsgRandom that depend only on the message, so a rerun repeats them and Tencent's de-duplication drops it.</summary>
        internal static (uint Seq, uint Random) DerivedKey(ChatImportItem item, long time)
        {
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(string.Join("\n", item.From, item.To,
                time.ToString(CultureInfo.InvariantCulture), item.Body.Json, item.CloudCustomData ?? string.Empty)));
            return (BitConverter.ToUInt32(hash, 0), BitConverter.ToUInt32(hash, 4));
        }

        /// <summary>Recalls a message (admin_msgwithdraw, §3.5). Already recalled (20023) counts as done: the receipt says so, without an error.</summary>
        public static async Task<ChatMessageReceipt> RecallAsync(ChatSession session, string from, string to, string msgKey, ChatLog log,
            CancellationToken cancellationToken)
        {
            var request = KeyRequest(from, to, msgKey);
            var receipt = new ChatMessageReceipt { From = from, To = to, MsgKey = msgKey, MsgTime = MessageSend.TimeOfKey(msgKey) };
            receipt = await Send(session, MessageCommands.MsgWithdraw, request, receipt, log, cancellationToken).ConfigureAwait(false);
            if (receipt.ResultCode == 20023)
            {
                receipt.Failure = null;
                receipt.ResultInfo = "Already recalled.";
            }
            return receipt;
        }

        /// <summary>Overwrites a stored message's body, CloudCustomData or both (modify_c2c_msg, §3.8); irreversible.</summary>
        public static Task<ChatMessageReceipt> ModifyAsync(ChatSession session, string from, string to, string msgKey, ChatMessageBody? body, string? cloudCustomData,
            ChatLog log, CancellationToken cancellationToken)
        {
            if (body == null && cloudCustomData == null)
                throw new ChatInputException("NoMessageChange", "Nothing to change: give a new body (-MsgBody or -Text), -CloudCustomData, or both.", msgKey);
            if (body != null) MessageSize.Check(body, cloudCustomData, msgKey);
            var request = KeyRequest(from, to, msgKey);
            request.MsgBody = body;
            request.CloudCustomData = cloudCustomData;
            var receipt = new ChatMessageReceipt { From = from, To = to, MsgKey = msgKey, MsgTime = MessageSend.TimeOfKey(msgKey) };
            return Send(session, MessageCommands.ModifyMsg, request, receipt, log, cancellationToken);
        }

        /// <summary>Marks <paramref name="account"/>'s messages from <paramref name="peer"/> read up to <paramref name="upTo"/> (default now; admin_set_msg_read, §3.6).</summary>
        public static Task SetReadAsync(ChatSession session, string account, string peer, DateTimeOffset? upTo, ChatLog log, CancellationToken cancellationToken)
        {
            var request = new SetReadRequest
            {
                ReportAccount = AccountIds.Validate(account),
                PeerAccount = AccountIds.Validate(peer, "peer"),
                // A decimal string, as every doc types it (doocs and zishang520 send an integer).
                MsgReadTime = upTo?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            };
            return session.Transport.SendAsync<SetReadRequest, EnvelopeOnlyResponse>(MessageCommands.SetMsgRead, request, log, cancellationToken);
        }

        /// <summary>
        /// Unread counts of <paramref name="account"/> (get_c2c_unread_msg_num, §3.7): the total over all one-to-one
        /// conversations when <paramref name="peers"/> is empty, otherwise one per peer (at most 10), in the given order;
        /// a peer Tencent lists in ErrorList (70107: no such account) is thrown to the caller per item through the callback.
        /// </summary>
        public static async Task<IReadOnlyList<(ChatUnreadCount Count, ChatAdminException? Failure)>> GetUnreadAsync(ChatSession session, string account,
            IReadOnlyList<string> peers, ChatLog log, CancellationToken cancellationToken)
        {
            AccountIds.Validate(account);
            if (peers.Count > 0) BatchSize.Check(peers, MessageCommands.GetUnread, "peers");
            var request = new UnreadRequest { ToAccount = account, PeerAccount = peers.Count == 0 ? null : peers.ToArray() };
            UnreadResponse response = await session.Transport.SendAsync<UnreadRequest, UnreadResponse>(MessageCommands.GetUnread, request, log, cancellationToken)
                .ConfigureAwait(false);
            if (peers.Count == 0)
                return new[] { (new ChatUnreadCount { Account = account, UnreadCount = response.AllC2CUnreadMsgNum ?? 0 }, (ChatAdminException?)null) };
            var counts = (response.C2CUnreadMsgNumList ?? Array.Empty<WirePeerUnread>()).Where(c => c.PeerAccount != null)
                .GroupBy(c => c.PeerAccount!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().C2CUnreadMsgNum, StringComparer.Ordinal);
            var errors = (response.ErrorList ?? Array.Empty<WirePeerError>()).Where(e => e.PeerAccount != null)
                .GroupBy(e => e.PeerAccount!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ErrorCode, StringComparer.Ordinal);
            string command = MessageCommands.GetUnread.Name;
            return peers.Select(peer =>
            {
                var count = new ChatUnreadCount { Account = account, Peer = peer };
                if (errors.TryGetValue(peer, out int code))
                    return (count, (ChatAdminException?)ChatErrorCatalog.Failure(command, code, string.Empty, null, count));
                if (counts.TryGetValue(peer, out long unread))
                {
                    count.UnreadCount = unread;
                    return (count, null);
                }
                return (count, new ChatProtocolException("MissingItemResult", $"{command} for '{account}' answered nothing for peer '{peer}'.") { Target = count });
            }).ToList();
        }

        private static MessageKeyRequest KeyRequest(string from, string to, string msgKey)
        {
            if (string.IsNullOrEmpty(msgKey))
                throw new ChatInputException("MissingMessageKey", "A stored message is addressed by its MsgKey, and none was given.", to);
            return new MessageKeyRequest { FromAccount = AccountIds.Validate(from, "sender"), ToAccount = AccountIds.Validate(to, "recipient"), MsgKey = msgKey };
        }

        private static async Task<ChatMessageReceipt> Send<TRequest>(ChatSession session, Transport.ChatCommand command, TRequest request, ChatMessageReceipt receipt,
            ChatLog log, CancellationToken cancellationToken)
        {
            try
            {
                await session.Transport.SendAsync<TRequest, EnvelopeOnlyResponse>(command, request, log, cancellationToken).ConfigureAwait(false);
                receipt.ResultInfo = "OK";
            }
            catch (ChatAdminException e) when (!e.IsSessionWide)
            {
                (receipt.ResultCode, receipt.ResultInfo) = e.ItemResult;
                e.Target = receipt;
                receipt.Failure = e;
            }
            return receipt;
        }
    }
}
