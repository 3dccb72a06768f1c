using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Pins or unpins conversations.</summary>
    /// <remarks>
    /// <para>
    /// A pinned conversation is listed first by Get-ChatConversation (IsPinned True) and in the user's apps. Tencent
    /// allows at most 50 pinned conversations per user. Pinning a pinned conversation, or unpinning one that is not
    /// pinned, changes nothing and is not an error.
    /// </para>
    /// <para>
    /// Conversations come from -Account with -ConversationId, -PeerAccount or -GroupId, or from the pipeline. They are
    /// sent to top 100 per request per owner account (Tencent documents no maximum; 100 is the module's choice), each
    /// asked about with ShouldProcess first; requests for up to -ThrottleLimit (default 16) owner accounts run at once,
    /// and one account's requests go one after the other in input order. top answers for the request as a whole, so a
    /// refused request (a conversation that is not in the user's list, or a pin over the 50: Tencent's code for either
    /// is undocumented, 50002 InvalidParameter in the emulator) fails every conversation of it. Each is written as an
    /// error whose target (its ChatConversationChange) can be piped back to retry; -PassThru writes the ones that
    /// succeeded.
    /// </para>
    /// <para>
    /// To make pins what a CSV export says, pinning some and unpinning others and sending nothing for the ones already
    /// right, use Set-ChatConversation with an IsPinned column.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Set-ChatConversationPin -Account user_0001 -PeerAccount user_0002 -PassThru
    /// </code>
    /// Pins the C2C conversation of user_0001 with user_0002.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 | Where-Object IsPinned | Set-ChatConversationPin -Unpin -WhatIf
    /// </code>
    /// Shows which conversations of user_0001 would be unpinned, without changing any.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 -Type Group | Select-Object -First 3 | Set-ChatConversationPin -Confirm:$false -ErrorVariable failed
    /// if ($failed) { $failed.TargetObject | Set-ChatConversationPin -Confirm:$false }
    /// </code>
    /// Pins user_0001's three most recent group chats, then retries exactly the ones that failed. The if guards the retry:
    /// with no errors, $failed.TargetObject is $null, and a $null piped in binds nothing.
    /// </example>
    /// <seealso cref="GetChatConversationCommand"/>
    /// <seealso cref="SetChatConversationCommand"/>
    /// <seealso cref="SetChatConversationMarkCommand"/>
    [Cmdlet(VerbsCommon.Set, "ChatConversationPin", DefaultParameterSetName = ConversationIdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatConversationChange))]
    public sealed class SetChatConversationPinCommand : ConversationCmdlet
    {
        /// <summary>Unpins the conversations instead of pinning them.</summary>
        [Parameter]
        public SwitchParameter Unpin { get; set; }

        /// <summary>Writes a ChatConversationChange (Action Pin or Unpin) for each conversation that was pinned or unpinned.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process() =>
            QueueForBatches(ApprovedConversations(Unpin ? "Unpin" : "Pin"), ConversationPinning.MaxItemsPerRequest, Pin);

        private void Pin(KeyedBatch<(string Account, string? ContactGroupName), ConversationKey> batch) =>
            QueueChanges(batch.Key.Account, ct => ConversationPinning.PinAsync(ActiveSession, batch.Key.Account, batch.Items, !Unpin, Log, ct), PassThru);
    }
}
