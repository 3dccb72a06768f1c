using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Sets or clears the marks of conversations.</summary>
    /// <remarks>
    /// <para>
    /// Standard marks are named Star, Unread, Fold, Hide, App32 to App63, or given as bit numbers 0 to 63; -Set sets
    /// them, -Clear clears them, and -CustomMark replaces the conversation's custom mark. One call applies the same change
    /// to every conversation.
    /// </para>
    /// <para>
    /// Conversations come from -Account with -ConversationId, -PeerAccount or -GroupId, or from the pipeline. They are
    /// sent to mark_contact 100 per request per owner account, each asked about with ShouldProcess first; requests for up
    /// to -ThrottleLimit (default 16) owner accounts run at once, and one account's requests go one after the other in
    /// input order, its results written in that order. Every conversation Tencent refuses, or whose request failed as a
    /// whole, is written as an error whose target (its ChatConversationChange) can be piped back to retry; -PassThru
    /// writes the ones that succeeded.
    /// </para>
    /// <para>
    /// Should Tencent refuse a whole request because of one dismissed group chat (51007), each half of it is sent again,
    /// and so on, until the conversations at fault are found (at most 2*log2(100), 14, more requests each); only they
    /// are written as GroupChatUnavailable errors.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 -Type Group | Set-ChatConversationMark -Set Star, App40 -CustomMark 'reviewed'
    /// </code>
    /// Stars every group chat of user_0001, sets app mark 40 and sets the custom mark "reviewed".
    /// </example>
    /// <example>
    /// <code>
    /// Set-ChatConversationMark -Account user_0001 -PeerAccount user_0002 -Clear Unread, 40
    /// </code>
    /// Clears the Unread mark and bit 40 of the C2C conversation of user_0001 with user_0002.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv convs.csv | Set-ChatConversationMark -Set Fold -WhatIf
    /// </code>
    /// Shows which conversations of a CSV export would be folded, without changing any.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv convs.csv | Set-ChatConversationMark -Set Star -Confirm:$false -ErrorVariable failed
    /// if ($failed) { $failed.TargetObject | Set-ChatConversationMark -Set Star -Confirm:$false }
    /// </code>
    /// Stars the conversations of a CSV export, then retries exactly the ones that failed. The if guards the retry:
    /// with no errors, $failed.TargetObject is $null, and a $null piped in binds nothing.
    /// </example>
    /// <seealso cref="GetChatConversationCommand"/>
    /// <seealso cref="SearchChatContactGroupCommand"/>
    [Cmdlet(VerbsCommon.Set, "ChatConversationMark", DefaultParameterSetName = ConversationIdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatConversationChange))]
    public sealed class SetChatConversationMarkCommand : ConversationCmdlet
    {
        private ConversationMarkChange? _change;

        /// <summary>Standard marks to set: Star, Unread, Fold, Hide, App32…App63, or bit numbers 0–63.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(MarkNameCompleter))]
        public string[]? Set { get; set; }

        /// <summary>Standard marks to clear, named as for -Set.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(MarkNameCompleter))]
        public string[]? Clear { get; set; }

        /// <summary>The custom mark (at most 256 bytes of UTF-8); it replaces the previous one. "" sends an empty one.</summary>
        [Parameter]
        [AllowEmptyString]
        public string? CustomMark { get; set; }

        /// <summary>Writes a ChatConversationChange for each conversation that was marked.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        // A bad mark fails in Begin, which ends the command before anything is sent.
        protected override void Begin() => _change = ConversationMarkChange.Create(Set, Clear, CustomMark);

        protected override void Process() => QueueForBatches(ApprovedConversations(_change!.ToString()), ConversationMarking.MaxItemsPerRequest, Mark);

        private void Mark(KeyedBatch<(string Account, string? ContactGroupName), ConversationKey> batch) =>
            QueueChanges(batch.Key.Account, ct => ConversationMarking.MarkAsync(ActiveSession, batch.Key.Account, batch.Items, _change!, Log, ct), PassThru);
    }
}
