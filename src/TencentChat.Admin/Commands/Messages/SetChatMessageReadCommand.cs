using System;
using System.Management.Automation;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Marks a user's one-to-one messages from a peer as read.</summary>
    /// <remarks>
    /// Marks every message -Peer sent to -Account up to -Before (default now) as read (admin_set_msg_read), so they no
    /// longer count in Get-ChatUnreadCount. Pairs bind by property name (Account and Peer, or Tencent's Report_Account and
    /// Peer_Account), so Get-ChatUnreadCount -Account u -Peer a, b | Set-ChatMessageRead clears what it listed. -PassThru
    /// writes the conversation's ChatUnreadCount read again afterwards; a failure is an error whose target is the account.
    /// </remarks>
    /// <example>
    /// <code>
    /// Set-ChatMessageRead -Account user_0002 -Peer user_0001
    /// </code>
    /// Marks everything user_0001 sent to user_0002 as read.
    /// </example>
    /// <example>
    /// <code>
    /// Set-ChatMessageRead -Account user_0002 -Peer user_0001 -Before (Get-Date).AddDays(-1) -PassThru
    /// </code>
    /// Marks what user_0001 sent to user_0002 until yesterday as read and shows the unread count left.
    /// </example>
    /// <seealso cref="GetChatUnreadCountCommand"/>
    [Cmdlet(VerbsCommon.Set, "ChatMessageRead", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ChatUnreadCount))]
    public sealed class SetChatMessageReadCommand : ChatApiCmdlet
    {
        /// <summary>The reader: whose unread messages are cleared.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Report_Account")]
        public string Account { get; set; } = string.Empty;

        /// <summary>The other side of the conversation.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Peer_Account", "PeerAccount")]
        public string Peer { get; set; } = string.Empty;

        /// <summary>Messages up to this time become read; default now.</summary>
        [Parameter]
        public DateTimeOffset? Before { get; set; }

        /// <summary>Writes the conversation's unread count afterwards (one more request).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            string account = Account, peer = Peer;
            DateTimeOffset? before = Before;
            if (!ShouldProcess($"{account}'s messages from {peer}", "Mark read")) return;
            bool passThru = PassThru;
            QueueWrite(account, account, async cancellationToken =>
            {
                await MessageWrites.SetReadAsync(ActiveSession, account, peer, before, Log, cancellationToken).ConfigureAwait(false);
                return passThru ? await MessageWrites.GetUnreadAsync(ActiveSession, account, new[] { peer }, Log, cancellationToken).ConfigureAwait(false) : null;
            }, counts =>
            {
                foreach (var (count, failure) in counts ?? Array.Empty<(ChatUnreadCount, Client.Errors.ChatAdminException?)>())
                {
                    if (failure != null) WriteItemError(failure, count);
                    else WriteObject(count);
                }
            });
        }
    }
}
