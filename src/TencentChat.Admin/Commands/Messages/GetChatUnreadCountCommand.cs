using System;
using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets users' unread one-to-one message counts.</summary>
    /// <remarks>
    /// Without -Peer, writes one ChatUnreadCount per account with its total over all one-to-one conversations (Peer
    /// empty). With -Peer, one per peer, in the order given, 10 peers per request (get_c2c_unread_msg_num); a peer that
    /// does not exist is an AccountNotFound error whose target is its ChatUnreadCount. Accounts come from the pipeline
    /// too, up to -ThrottleLimit at once, written in input order.
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatUnreadCount -Account user_0002
    /// </code>
    /// Shows how many one-to-one messages user_0002 has not read.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatUnreadCount -Account user_0002 -Peer user_0001, user_0003 | Where-Object UnreadCount -gt 0 | Set-ChatMessageRead
    /// </code>
    /// Marks read the conversations with unread messages among the two peers.
    /// </example>
    /// <seealso cref="SetChatMessageReadCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatUnreadCount")]
    [OutputType(typeof(ChatUnreadCount))]
    public sealed class GetChatUnreadCountCommand : ChatApiCmdlet
    {
        /// <summary>Whose unread counts to read.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("To_Account", "UserId")]
        public string[] Account { get; set; } = Array.Empty<string>();

        /// <summary>The peers to count per conversation; without it, the total.</summary>
        [Parameter(Position = 1)]
        [Alias("Peer_Account")]
        [ValidateNotNullOrEmpty]
        public string[]? Peer { get; set; }

        protected override string ProgressItemName => "counts";

        protected override void Process()
        {
            foreach (string account in Account)
            {
                IReadOnlyList<IReadOnlyList<string>> batches = Peer == null ? new[] { (IReadOnlyList<string>)Array.Empty<string>() } : Batches.Split(Peer, 10);
                foreach (IReadOnlyList<string> peers in batches)
                    StartInOrder("count", null, async (output, cancellationToken) =>
                    {
                        var counts = await MessageWrites.GetUnreadAsync(ActiveSession, account, peers, Log, cancellationToken).ConfigureAwait(false);
                        await output.DeliverAsync(counts.Count, () =>
                        {
                            foreach (var (count, failure) in counts)
                            {
                                if (failure != null) WriteItemError(failure, count);
                                else WriteObject(count);
                            }
                        }).ConfigureAwait(false);
                    });
            }
        }
    }
}
