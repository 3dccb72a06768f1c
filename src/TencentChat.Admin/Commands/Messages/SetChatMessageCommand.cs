using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Replaces the body or CloudCustomData of stored one-to-one messages.</summary>
    /// <remarks>
    /// Overwrites each message named by -From, -To and -MsgKey (modify_c2c_msg): a new body (-Text or -MsgBody),
    /// -CloudCustomData, or both. The old value is gone for good. Messages are piped from Get-ChatMessage; the new values
    /// are given on the command line (they are not taken from the piped message). -PassThru writes a ChatMessageReceipt
    /// per message changed; a failure is an error whose target is its receipt.
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatMessage -Account user_0001 -Peer user_0002 | Where-Object Text -eq 'typo' | Set-ChatMessage -Text 'fixed' -PassThru
    /// </code>
    /// Replaces the text of the matching messages and writes their receipts.
    /// </example>
    /// <example>
    /// <code>
    /// Send-ChatMessage -From user_0001 -To user_0002 -Text 'Sale ends Friday' | Set-ChatMessage -CloudCustomData '{"expired":true}' -WhatIf
    /// </code>
    /// Shows which message would get new CloudCustomData; nothing is changed.
    /// </example>
    /// <seealso cref="GetChatMessageCommand"/>
    /// <seealso cref="RemoveChatMessageCommand"/>
    [Cmdlet(VerbsCommon.Set, "ChatMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatMessageReceipt))]
    public sealed class SetChatMessageCommand : ChatApiCmdlet
    {
        private ChatMessageBody? _body;

        /// <summary>The message's sender.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("From_Account")]
        public string From { get; set; } = string.Empty;

        /// <summary>The message's recipient.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("To_Account")]
        public string To { get; set; } = string.Empty;

        /// <summary>The message's MsgKey.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string MsgKey { get; set; } = string.Empty;

        /// <summary>The new text: the body becomes one TIMTextElem.</summary>
        [Parameter]
        public string? Text { get; set; }

        /// <summary>The new body: JSON text of an element array, hashtables of MsgType and MsgContent, or another message's Elements; wins over -Text.</summary>
        [Parameter]
        public object? MsgBody { get; set; }

        /// <summary>The new CloudCustomData.</summary>
        [Parameter]
        public string? CloudCustomData { get; set; }

        /// <summary>Writes a receipt for each message changed.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string ProgressItemName => "messages";

        protected override void Begin()
        {
            try
            {
                _body = MessageInput.BodyOf(MsgBody, Text);
                if (_body == null && CloudCustomData == null)
                    throw new ChatInputException("NoMessageChange", "Nothing to change: give -Text, -MsgBody, -CloudCustomData or both.");
                if (_body != null) MessageSize.Check(_body, CloudCustomData);
            }
            catch (ChatInputException e)
            {
                ThrowChatError(e, e.Target);
            }
        }

        protected override void Process()
        {
            string from = From, to = To, key = MsgKey;
            if (!ShouldProcess($"message {key} from {from} to {to}", "Overwrite")) return;
            var target = new ChatMessageReceipt { From = from, To = to, MsgKey = key };
            QueueWrite(from, target, cancellationToken => MessageWrites.ModifyAsync(ActiveSession, from, to, key, _body, CloudCustomData, Log, cancellationToken), receipt =>
            {
                if (receipt.Failure != null) WriteItemError(receipt.Failure, receipt);
                else if (PassThru) WriteObject(receipt);
            });
        }
    }
}
