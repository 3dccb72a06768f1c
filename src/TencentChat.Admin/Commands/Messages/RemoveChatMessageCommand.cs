using System.Management.Automation;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Recalls one-to-one messages.</summary>
    /// <remarks>
    /// <para>
    /// Recalls each message (admin_msgwithdraw) named by its sender (-From), recipient (-To) and -MsgKey, as Get-ChatMessage
    /// and Send-ChatMessage write them: the message disappears from both sides' history and devices and cannot be brought
    /// back. An admin may recall any message still within the history's retention, however old. One ChatMessageReceipt is
    /// written per message; a message already recalled counts as done (ResultCode 20023, no error); one that does not
    /// exist is a MessageNotFound error whose target is its receipt.
    /// </para>
    /// <para>ConfirmImpact is High: it asks before each message unless -Confirm:$false; -WhatIf shows what would go.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatMessage -Account user_0001 -Peer user_0002 | Where-Object Text -like '*password*' | Remove-ChatMessage -Confirm:$false
    /// </code>
    /// Recalls every message of the last 7 days between the two users whose text mentions a password.
    /// </example>
    /// <example>
    /// <code>
    /// Send-ChatMessage -To user_0002 -Text 'sent by mistake' | Remove-ChatMessage -WhatIf
    /// </code>
    /// Shows the recall of a message just sent; nothing is recalled.
    /// </example>
    /// <seealso cref="GetChatMessageCommand"/>
    /// <seealso cref="SendChatMessageCommand"/>
    [Cmdlet(VerbsCommon.Remove, "ChatMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ChatMessageReceipt))]
    public sealed class RemoveChatMessageCommand : ChatApiCmdlet
    {
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

        protected override string ProgressItemName => "messages";

        protected override void Process()
        {
            string from = From, to = To, key = MsgKey;
            if (!ShouldProcess($"message {key} from {from} to {to}", "Recall")) return;
            var target = new ChatMessageReceipt { From = from, To = to, MsgKey = key };
            QueueWrite(from, target, cancellationToken => MessageWrites.RecallAsync(ActiveSession, from, to, key, Log, cancellationToken), WriteReceipt);
        }

        private void WriteReceipt(ChatMessageReceipt receipt)
        {
            if (receipt.Failure != null) WriteItemError(receipt.Failure, receipt);
            else WriteObject(receipt);
        }
    }
}
