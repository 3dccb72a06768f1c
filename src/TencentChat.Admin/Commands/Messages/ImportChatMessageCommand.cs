using System;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Imports one-to-one messages, keeping their time, sender and body.</summary>
    /// <remarks>
    /// <para>
    /// Imports each message (importmsg) exactly as given: sender (-From), recipient (-To), -Time, body (-MsgBody, or
    /// -Text alone as one text element; the body wins when both are given), -MsgSeq, -MsgRandom and -CloudCustomData, all
    /// bound by property name: ChatMessage objects from Get-ChatMessage, CSV rows of their export, and Tencent's own
    /// From_Account, To_Account, MsgTimeStamp (Unix seconds) and MsgBody columns.
    /// </para>
    /// <para>
    /// -Historical imports them as history (SyncFromOldSystem 2: counted read, no push); without it they arrive as new
    /// (5: unread, pushed). Import oldest first, as Tencent asks.
    /// </para>
    /// <para>
    /// A rerun adds nothing: Tencent keeps the first import of a MsgSeq, MsgRandom and time in a conversation and drops the
    /// rest, and a message without MsgSeq or MsgRandom gets them from a hash of its sender, recipient, time and content, the
    /// same on every run. So an interrupted migration is finished by running it again. One ChatMessageReceipt per message;
    /// a failure is an error whose target is its receipt.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatMessage -Account user_0001 -Peer user_0002 | Export-Csv history.csv -NoTypeInformation; Import-Csv history.csv | Import-ChatMessage -From user_0003 -To user_0004 -Historical
    /// </code>
    /// Copies a history, every element type exactly, into another pair as read history.
    /// </example>
    /// <example>
    /// <code>
    /// Import-ChatMessage -From user_0001 -To user_0002 -Time '2024-01-31T09:30:00Z' -Text 'Welcome back' -Historical
    /// </code>
    /// Imports one text message with its original time.
    /// </example>
    /// <seealso cref="GetChatMessageCommand"/>
    /// <seealso cref="SendChatMessageCommand"/>
    [Cmdlet(VerbsData.Import, "ChatMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatMessageReceipt))]
    public sealed class ImportChatMessageCommand : ChatApiCmdlet
    {
        /// <summary>The sender.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("From_Account")]
        public string From { get; set; } = string.Empty;

        /// <summary>The recipient.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("To_Account")]
        public string To { get; set; } = string.Empty;

        /// <summary>When the message was sent: a DateTimeOffset, ISO 8601 text or Unix seconds (MsgTimeStamp).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("MsgTimeStamp")]
        [MessageTimeTransformation]
        public DateTimeOffset Time { get; set; }

        /// <summary>The text, used when no body is given: one TIMTextElem.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Text { get; set; }

        /// <summary>The body: JSON text of an element array (a CSV's MsgBodyJson), hashtables of MsgType and MsgContent, or Elements.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("MsgBodyJson")]
        public object? MsgBody { get; set; }

        /// <summary>MsgSeq to keep (uint32); derived from the message when absent.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public uint? MsgSeq { get; set; }

        /// <summary>MsgRandom to keep (uint32); derived from the message when absent.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public uint? MsgRandom { get; set; }

        /// <summary>CloudCustomData to keep; an empty CSV cell is none.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? CloudCustomData { get; set; }

        /// <summary>Import as history (SyncFromOldSystem 2): counted read, not pushed.</summary>
        [Parameter]
        public SwitchParameter Historical { get; set; }

        protected override string ProgressItemName => "messages";

        protected override void Process()
        {
            ChatImportItem item;
            try
            {
                ChatMessageBody body = MessageInput.BodyOf(MsgBody, Text)
                    ?? throw new ChatInputException("InvalidMsgBody", "The message has neither a body (MsgBody, MsgBodyJson) nor Text.");
                item = new ChatImportItem(From, To, Time, body) { MsgSeq = MsgSeq, MsgRandom = MsgRandom, CloudCustomData = string.IsNullOrEmpty(CloudCustomData) ? null : CloudCustomData };
            }
            catch (ChatInputException e)
            {
                WriteItemError(e, new ChatMessageReceipt { From = From, To = To, MsgTime = Time });
                return;
            }
            if (!ShouldProcess($"message from {From} to {To} at {IsoText(Time)}", "Import")) return;
            bool historical = Historical;
            QueueWrite(From + "\n" + To, new ChatMessageReceipt { From = From, To = To, MsgTime = Time },
                cancellationToken => MessageWrites.ImportAsync(ActiveSession, item, historical, Log, cancellationToken), receipt =>
                {
                    if (receipt.Failure != null) WriteItemError(receipt.Failure, receipt);
                    else WriteObject(receipt);
                });
        }

        private static string IsoText(DateTimeOffset time) => new ChatMessageReceipt { MsgTime = time }.MsgTimeIso!;
    }
}
