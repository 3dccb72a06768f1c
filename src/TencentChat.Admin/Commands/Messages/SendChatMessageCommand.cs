using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Accounts;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Sends a one-to-one message to one or many users.</summary>
    /// <remarks>
    /// <para>
    /// One recipient is sent with sendmsg; more are sent with batchsendmsg, 500 per request, several requests at once up
    /// to -ThrottleLimit. Besides the 200 calls per second, the session's limiter holds batchsendmsg to Tencent's
    /// 12,000 recipients per minute for the whole app, so a notice to 50,000 users takes a little over three minutes
    /// and is never throttled.
    /// </para>
    /// <para>
    /// Writes one ChatMessageReceipt (From, To, MsgKey, MsgTime) per recipient reached, in input order. A recipient not
    /// reached is a non-terminating error whose target is its receipt, with ResultCode and ResultInfo (70107: the
    /// account does not exist); its To and From bind this cmdlet again, so the failures can be sent again once fixed
    /// ($Error[0].TargetObject, or -ErrorVariable). A batch that partly fails answers "SomeError" with ErrorCode 0: the
    /// cmdlet reads each recipient from the answer's ErrorList, never from ActionStatus alone.
    /// </para>
    /// <para>
    /// A recipient reached is never sent to again: each request carries its own MsgSeq and MsgRandom, so when the module
    /// retries a request whose answer was lost, Tencent drops the repeat (its 120-second de-duplication).
    /// </para>
    /// <para>
    /// -VerifyRecipients checks the recipients with account_check first (100 per request) and fails the ones not imported
    /// here, with AccountNotFound, without sending to them. Use it when a list may hold stale accounts: a user report
    /// shows the service answering OK, without an ErrorList entry, for an unknown recipient among known ones.
    /// </para>
    /// <para>
    /// The body is checked before anything is sent: InvalidMsgBody for a body that is not a list of elements, and
    /// MessageTooLarge for a message over 12,288 bytes (body JSON plus CloudCustomData).
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Send-ChatMessage -To user_0002 -Text 'Your order has shipped.'
    /// </code>
    /// Sends a text message from the App admin to user_0002 and writes its receipt.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content users.txt | Send-ChatMessage -From user_0001 -Text 'Maintenance tonight 22:00-23:00' -NoUnread -ErrorVariable failed
    /// </code>
    /// Sends a notice from user_0001 to every UserID in users.txt, 500 per request, without raising unread counts;
    /// $failed holds one error per recipient not reached.
    /// </example>
    /// <example>
    /// <code>
    /// Send-ChatMessage -To user_0003 -MsgBody @{ MsgType = 'TIMCustomElem'; MsgContent = @{ Data = '{"order":42}'; Desc = 'Order update' } } -OfflinePush @{ PushFlag = 0; Desc = 'Order update' }
    /// </code>
    /// Sends a custom element with its push text.
    /// </example>
    /// <example>
    /// <code>
    /// Send-ChatMessage -To user_0004, ghost_9999 -Text 'hi' -VerifyRecipients -WhatIf
    /// </code>
    /// Shows which recipients would get the message; nothing is sent.
    /// </example>
    /// <seealso cref="GetChatMessageCommand"/>
    /// <seealso cref="RemoveChatMessageCommand"/>
    /// <seealso cref="ImportChatMessageCommand"/>
    [Cmdlet(VerbsCommunications.Send, "ChatMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Text")]
    [OutputType(typeof(ChatMessageReceipt))]
    public sealed class SendChatMessageCommand : ChatApiCmdlet
    {
        private ChatOutgoingMessage? _message;
        private KeyedBatcher<string, string>? _batches;

        /// <summary>
        /// The recipients' UserIDs: strings from the pipeline, or objects with a To, To_Account, UserId or Account property
        /// (a failed receipt, a Test-ChatAccount result, a CSV row).
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("To_Account", "UserId", "Account")]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(Infrastructure.Completion.AccountCompleter))]
        public object?[] To { get; set; } = new object?[0];

        /// <summary>The sender the recipients see; without it, the App admin of the session sends.</summary>
        [Parameter]
        [Alias("From_Account")]
        [ValidateNotNullOrEmpty]
        public string? From { get; set; }

        /// <summary>The message text: one TIMTextElem.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = "Text")]
        [AllowEmptyString]
        public string Text { get; set; } = string.Empty;

        /// <summary>
        /// The body: JSON text of an element array, hashtables of MsgType and MsgContent (one or an array), or the Elements
        /// of a message read with Get-ChatMessage.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = "MsgBody")]
        [Alias("MsgBodyJson")]
        public object MsgBody { get; set; } = null!;

        /// <summary>Data stored with the message and delivered to the recipient (CloudCustomData).</summary>
        [Parameter]
        public string? CloudCustomData { get; set; }

        /// <summary>Not stored in the sender's history (SyncOtherMachine 2).</summary>
        [Parameter]
        public SwitchParameter NoSync { get; set; }

        /// <summary>Only online recipients get it; no history, no unread count (OnlineOnlyFlag 1).</summary>
        [Parameter]
        public SwitchParameter OnlineOnly { get; set; }

        /// <summary>The recipients' unread counts do not rise (SendMsgControl NoUnread).</summary>
        [Parameter]
        public SwitchParameter NoUnread { get; set; }

        /// <summary>The conversation lists are not touched (SendMsgControl NoLastMsg).</summary>
        [Parameter]
        public SwitchParameter NoLastMessage { get; set; }

        /// <summary>Offline push settings (OfflinePushInfo), e.g. @{ PushFlag = 0; Desc = 'text'; ApnsInfo = @{ BadgeMode = 1 } }; passed through as given.</summary>
        [Parameter]
        public Hashtable? OfflinePush { get; set; }

        /// <summary>Checks the recipients with account_check first and fails the ones not imported without sending to them.</summary>
        [Parameter]
        public SwitchParameter VerifyRecipients { get; set; }

        protected override string ProgressItemName => "recipients";

        protected override string ProgressJobName => "requests";

        protected override void Begin()
        {
            try
            {
                ChatMessageBody body = MessageInput.BodyOf(ParameterSetName == "MsgBody" ? MsgBody : null, Text)!;
                _message = new ChatOutgoingMessage(body)
                {
                    From = From,
                    CloudCustomData = CloudCustomData,
                    NoSync = NoSync,
                    OnlineOnly = OnlineOnly,
                    NoUnread = NoUnread,
                    NoLastMessage = NoLastMessage,
                    OfflinePushJson = OfflinePush == null ? null : MessageInput.JsonOf(OfflinePush, "-OfflinePush", "InvalidOfflinePush"),
                };
                _message.Validate();
            }
            catch (ChatInputException e)
            {
                ThrowChatError(e, e.Target);
            }
            _batches = FlushedAtEnd(KeyedBatcher<string, string>.Requests(MessageSend.MaxRecipientsPerRequest, batch => Start(batch.Items)));
        }

        protected override void Process()
        {
            foreach (string to in RequestedAccounts(To, nameof(To), "recipient"))
                if (ShouldProcess(to, "Send message" + (From == null ? string.Empty : " from " + From)))
                    _batches!.Add(string.Empty, new[] { to });
        }

        private void Start(IReadOnlyList<string> recipients)
        {
            ChatOutgoingMessage message = _message!;
            StartInOrder("send", null, async (output, cancellationToken) =>
            {
                var receipts = new List<ChatMessageReceipt>();
                IReadOnlyList<string> reachable = recipients;
                if (VerifyRecipients)
                {
                    var known = new HashSet<string>(System.StringComparer.Ordinal);
                    foreach (IReadOnlyList<string> chunk in Batches.Split(recipients, AccountCheck.MaxAccountsPerRequest))
                        foreach (ChatAccountCheck check in await AccountCheck.CheckAsync(ActiveSession, chunk, Log, cancellationToken).ConfigureAwait(false))
                            if (check.Imported || check.Failure != null) known.Add(check.UserId);
                    reachable = recipients.Where(known.Contains).ToList();
                }
                var sent = reachable.Count == 0 ? new List<ChatMessageReceipt>()
                    : (await MessageSend.SendAsync(ActiveSession, message, reachable, Log, cancellationToken).ConfigureAwait(false)).ToList();
                var byRecipient = sent.GroupBy(r => r.To).ToDictionary(g => g.Key, g => new Queue<ChatMessageReceipt>(g));
                foreach (string to in recipients)
                    receipts.Add(byRecipient.TryGetValue(to, out var queue) && queue.Count > 0 ? queue.Dequeue() : NotImported(message.From ?? ActiveSession.Identifier, to));
                if (receipts.Select(r => r.Failure).FirstOrDefault(f => f != null && f.IsSessionWide) is { } sessionWide) throw sessionWide;
                await output.DeliverAsync(receipts.Count, () =>
                {
                    foreach (ChatMessageReceipt receipt in receipts)
                    {
                        if (receipt.Failure != null) WriteItemError(receipt.Failure, receipt);
                        else WriteObject(receipt);
                    }
                }).ConfigureAwait(false);
            });
        }

        /// <summary>A recipient account_check found not imported: failed here, with the account family's error, and never sent to.</summary>
        private static ChatMessageReceipt NotImported(string from, string to)
        {
            var receipt = new ChatMessageReceipt { From = from, To = to, ResultCode = 70107, ResultInfo = "Not imported (account_check); not sent." };
            receipt.Failure = ChatErrorCatalog.Failure("account_check", 70107, receipt.ResultInfo, null, receipt);
            return receipt;
        }
    }
}
