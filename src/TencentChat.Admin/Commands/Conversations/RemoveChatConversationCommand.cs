using System.Management.Automation;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Deletes conversations from users' conversation lists.</summary>
    /// <remarks>
    /// <para>
    /// Sends one delete request per conversation, which is what the API takes. ConfirmImpact is High: it asks before
    /// every conversation unless -Confirm:$false, and -WhatIf lists what it would delete and sends nothing. Requests for
    /// up to -ThrottleLimit (default 16) owner accounts run at once; one account's conversations are deleted one after
    /// the other in input order, and their results are written in that order.
    /// </para>
    /// <para>
    /// -ClearHistory also deletes the conversation's roaming (cloud) message history, which cannot be undone, and asks
    /// once more unless -Force. The conversation's group and mark data is stored separately and stays. A conversation
    /// Tencent refuses is written as an error whose target is its ChatConversationChange, so it can be piped back to retry.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 -EmptyOnly | Remove-ChatConversation
    /// </code>
    /// Deletes the conversations of user_0001 that have no messages, asking before each one. -EmptyOnly asks the service
    /// which they are: an empty conversation still has a LastMessageTime, so filtering on it finds none.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv stale.csv | Remove-ChatConversation -WhatIf
    /// </code>
    /// Shows which conversations of a reviewed CSV export would be deleted, without deleting any.
    /// </example>
    /// <example>
    /// <code>
    /// Remove-ChatConversation -Account user_0001 -ConversationId c2c_user_0002 -ClearHistory -Force -Confirm:$false
    /// </code>
    /// Deletes one conversation and its message history unattended, without any prompt.
    /// </example>
    /// <example>
    /// <code>
    /// Remove-ChatConversation -Account user_0001 -PeerAccount user_0002 -GroupId '@TGS#2ABCDEFGH' -Confirm:$false -PassThru |
    ///     Export-Csv deleted.csv -NoTypeInformation
    /// </code>
    /// Deletes a C2C conversation and a group chat conversation by peer and group id, and records what was deleted.
    /// </example>
    /// <seealso cref="GetChatConversationCommand"/>
    /// <seealso cref="SearchChatContactGroupCommand"/>
    [Cmdlet(VerbsCommon.Remove, "ChatConversation", DefaultParameterSetName = ConversationIdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ChatConversationChange))]
    public sealed class RemoveChatConversationCommand : ConversationCmdlet
    {
        private bool _yesToAll;
        private bool _noToAll;

        /// <summary>Also delete the conversation's roaming (cloud) message history: ClearRamble 1. Cannot be undone.</summary>
        [Parameter]
        public SwitchParameter ClearHistory { get; set; }

        /// <summary>Skips the extra confirmation of -ClearHistory. Does not override -WhatIf or -Confirm.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Writes a ChatConversationChange for each deleted conversation.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            string action = ClearHistory ? "Delete conversation and its message history" : "Delete conversation";
            string account = Account;
            bool clearHistory = ClearHistory;
            foreach (ConversationKey key in ApprovedConversations(action))
            {
                string target = ConversationInput.Describe(account, key);
                if (clearHistory && !Force && !ShouldContinue(
                        $"Deleting {target} with -ClearHistory also deletes its message history on the server. This cannot be undone.",
                        "Delete message history?", ref _yesToAll, ref _noToAll))
                    continue;
                // delete takes one conversation per request.
                QueueChanges(account, async ct => new[] { await ConversationDeletion.DeleteAsync(ActiveSession, account, key, clearHistory, Log, ct).ConfigureAwait(false) },
                    PassThru);
            }
        }
    }
}
