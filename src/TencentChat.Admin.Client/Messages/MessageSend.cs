using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Messages.Wire;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Messages
{
    /// <summary>What Send-ChatMessage sends to every recipient: the body and the delivery switches (spec §2.2).</summary>
    public sealed class ChatOutgoingMessage
    {
        public ChatOutgoingMessage(ChatMessageBody body) => Body = body ?? throw new ArgumentNullException(nameof(body));

        public ChatMessageBody Body { get; }

        /// <summary>The sender the recipients see; null sends as the App admin.</summary>
        public string? From { get; set; }

        public string? CloudCustomData { get; set; }

        /// <summary>SyncOtherMachine 2: not stored in the sender's history.</summary>
        public bool NoSync { get; set; }

        /// <summary>OnlineOnlyFlag 1: only online recipients get it; no history, no unread count.</summary>
        public bool OnlineOnly { get; set; }

        /// <summary>SendMsgControl NoUnread.</summary>
        public bool NoUnread { get; set; }

        /// <summary>SendMsgControl NoLastMsg: the conversation lists are not touched.</summary>
        public bool NoLastMessage { get; set; }

        /// <summary>OfflinePushInfo as JSON (an object), passed through unchanged.</summary>
        public string? OfflinePushJson { get; set; }

        /// <summary>The checks every send makes before any request: sender, size, push object.</summary>
        public void Validate()
        {
            if (From != null) AccountIds.Validate(From, "sender");
            MessageSize.Check(Body, CloudCustomData);
            if (OfflinePushJson != null) OfflinePush();
        }

        internal JsonElement? OfflinePush()
        {
            if (OfflinePushJson == null) return null;
            try
            {
                using var document = JsonDocument.Parse(OfflinePushJson);
                if (document.RootElement.ValueKind == JsonValueKind.Object) return document.RootElement.Clone();
            }
            catch (JsonException)
            {
            }
            throw new ChatInputException("InvalidOfflinePush", "-OfflinePush must be a hashtable (an OfflinePushInfo object, spec §4.3), not " + InputEcho.Quote(OfflinePushJson) + ".");
        }
    }

    /// <summary>
    /// sendmsg and batchsendmsg (spec §3.1, §3.2): one message to up to 500 recipients per request, one receipt per
    /// recipient. A batch's answer is read per recipient from ErrorList whatever ActionStatus says ("SomeError" with
    /// ErrorCode 0 is a partial success); a failed request fails every recipient of it. Each request carries its own
    /// MsgSeq and MsgRandom, so the transport's retry of a request whose outcome is unknown is dropped by Tencent's
    /// 120-second de-duplication instead of delivering twice, and recipients already reached are never sent again.
    /// </summary>
    public static class MessageSend
    {
        public const int MaxRecipientsPerRequest = BatchSendRequest.MaxItems;

        /// <summary>
        /// Sends <paramref name="message"/> to <paramref name="recipients"/> (validated UserIDs, at most 500): sendmsg for
        /// one, batchsendmsg for more. One receipt per recipient, in input order; a recipient not reached carries its failure.
        /// </summary>
        public static async Task<IReadOnlyList<ChatMessageReceipt>> SendAsync(ChatSession session, ChatOutgoingMessage message, IReadOnlyList<string> recipients,
            ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(recipients, MessageCommands.BatchSendMsg, "recipients");
            message.Validate();
            // The admin sends when no sender is given: its receipt names it, as Remove-ChatMessage needs the sender.
            string from = message.From ?? session.Identifier;
            var receipts = recipients.Select(to => new ChatMessageReceipt { From = from, To = to }).ToList();
            return recipients.Count == 1
                ? await SendOneAsync(session, message, receipts[0], log, cancellationToken).ConfigureAwait(false)
                : await SendBatchAsync(session, message, receipts, log, cancellationToken).ConfigureAwait(false);
        }

        private static T Fill<T>(T request, ChatOutgoingMessage message) where T : SendRequestBase
        {
            request.FromAccount = message.From;
            request.SyncOtherMachine = message.NoSync ? 2 : (int?)null;
            request.OnlineOnlyFlag = message.OnlineOnly ? 1 : (int?)null;
            var control = new List<string>(2);
            if (message.NoUnread) control.Add("NoUnread");
            if (message.NoLastMessage) control.Add("NoLastMsg");
            request.SendMsgControl = control.Count == 0 ? null : control.ToArray();
            request.MsgBody = message.Body;
            request.CloudCustomData = message.CloudCustomData;
            request.OfflinePushInfo = message.OfflinePush();
            request.MsgSeq = NextRandom();
            request.MsgRandom = NextRandom();
            return request;
        }

        private static async Task<IReadOnlyList<ChatMessageReceipt>> SendOneAsync(ChatSession session, ChatOutgoingMessage message, ChatMessageReceipt receipt,
            ChatLog log, CancellationToken cancellationToken)
        {
            var request = Fill(new SendRequest { ToAccount = receipt.To }, message);
            try
            {
                SendResponse response = await session.Transport.SendAsync<SendRequest, SendResponse>(MessageCommands.SendMsg, request, log, cancellationToken)
                    .ConfigureAwait(false);
                receipt.MsgKey = response.MsgKey ?? string.Empty;
                receipt.MsgTime = response.MsgTime is long time ? DateTimeOffset.FromUnixTimeSeconds(time) : TimeOfKey(receipt.MsgKey);
                receipt.ResultInfo = "OK";
            }
            catch (ChatAdminException e) when (!e.IsSessionWide)
            {
                Fail(receipt, e);
            }
            return new[] { receipt };
        }

        private static async Task<IReadOnlyList<ChatMessageReceipt>> SendBatchAsync(ChatSession session, ChatOutgoingMessage message, List<ChatMessageReceipt> receipts,
            ChatLog log, CancellationToken cancellationToken)
        {
            var request = Fill(new BatchSendRequest { ToAccount = receipts.Select(r => r.To).ToArray() }, message);
            SendResponse response;
            try
            {
                response = await session.Transport.SendAsync<BatchSendRequest, SendResponse>(MessageCommands.BatchSendMsg, request, log, cancellationToken,
                    items: receipts.Count).ConfigureAwait(false);
            }
            catch (ChatAdminException e) when (!e.IsSessionWide)
            {
                foreach (var receipt in receipts) Fail(receipt, e);
                return receipts;
            }

            // Per recipient, whatever ActionStatus says: "SomeError" comes with ErrorCode 0 (spec §3.2).
            var failed = new Dictionary<string, WireSendError>(StringComparer.Ordinal);
            foreach (WireSendError error in response.ErrorList ?? Array.Empty<WireSendError>())
                if (error.ToAccount != null && !failed.ContainsKey(error.ToAccount)) failed.Add(error.ToAccount, error);
            string command = MessageCommands.BatchSendMsg.Name;
            DateTimeOffset? time = response.MsgTime is long t ? DateTimeOffset.FromUnixTimeSeconds(t) : TimeOfKey(response.MsgKey);
            foreach (var receipt in receipts)
            {
                if (failed.TryGetValue(receipt.To, out WireSendError? error))
                {
                    string info = session.Redactor.Redact(error.ErrorInfo ?? string.Empty);
                    receipt.ResultCode = error.ErrorCode;
                    receipt.ResultInfo = info.Length > 0 ? info : DescribeCode(error.ErrorCode);
                    receipt.Failure = ChatErrorCatalog.Failure(command, error.ErrorCode, receipt.ResultInfo, null, receipt);
                }
                else
                {
                    receipt.MsgKey = response.MsgKey ?? string.Empty;
                    receipt.MsgTime = time;
                    receipt.ResultInfo = "OK";
                }
            }
            if (log.IsEnabled(ChatLogLevel.Verbose))
                log.Verbose($"batchsendmsg: {receipts.Count - failed.Count} of {receipts.Count} recipients reached ({response.ActionStatus}).");
            return receipts;
        }

        private static string DescribeCode(int code) => code == 70107 ? "The account does not exist." : "Tencent gave no text.";

        /// <summary>A whole request's failure as each recipient's own: a Tencent code becomes one error per receipt, each targeting it.</summary>
        private static void Fail(ChatMessageReceipt receipt, ChatAdminException e)
        {
            (receipt.ResultCode, receipt.ResultInfo) = e.ItemResult;
            receipt.Failure = e is ChatApiException api ? ChatErrorCatalog.Failure(api.Command, api.ErrorCode, api.ErrorInfo, api.ErrorDisplay, receipt) : e;
        }

        /// <summary>
        /// The time part of a MsgKey of the documented form {MsgSeq}_{MsgRandom}_{MsgTimeStamp}: batchsendmsg answers no
        /// MsgTime. UNCONFIRMED that every key has this form (the spec calls it opaque); any other key gives no time.
        /// </summary>
        internal static DateTimeOffset? TimeOfKey(string? msgKey)
        {
            if (string.IsNullOrEmpty(msgKey)) return null;
            int last = msgKey!.LastIndexOf('_');
            return last > 0 && long.TryParse(msgKey.Substring(last + 1), NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
                && seconds > 0 && seconds < 253402300800L ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        }

        private static readonly RandomNumberGenerator Random = RandomNumberGenerator.Create();

        /// <summary>A truly random uint32 (MsgRandom is part of Tencent's de-duplication key).</summary>
        internal static uint NextRandom()
        {
            var bytes = new byte[4];
            lock (Random) Random.GetBytes(bytes);
            return BitConverter.ToUInt32(bytes, 0);
        }
    }
}
