using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Makes conversations' marks, custom mark, conversation groups and pin exactly what an object or CSV row says.</summary>
    /// <remarks>
    /// <para>
    /// The desired state comes from -Marks, -CustomMark, -ContactGroupNames and -IsPinned, or from the properties of the same names
    /// of piped objects: Get-ChatConversation's and Search-ChatContactGroup's output, or the rows of their CSV exports.
    /// Each part given is made exactly so: marks not listed are cleared, groups not listed are left. An empty value (an
    /// empty CSV cell) means none. A part that is not given (no such column or property, or $null) is left as it is.
    /// </para>
    /// <para>
    /// A list given as one text is read as Export-Csv writes it: items separated by ';', with '\;' for a ';' and '\\' for
    /// a '\' inside a name, so a group named "a;b" exports as "a\;b" and stays one group. A list given as a list (an
    /// object's property, or names separated by commas at the prompt) is taken item by item.
    /// </para>
    /// <para>
    /// Conversations are collected per owner account. For each 300 of them the current state is read with one
    /// search_contact_group request; then each conversation that differs is asked about with ShouldProcess, its action
    /// being the difference ("Set mark Star; clear mark Unread; add to conversation group 'vip'"), so -WhatIf shows every
    /// diff and sends no write. Only the differences are sent: mark_contact (100 per request, each conversation its own
    /// change), update_contact_group to add to and remove from groups (100 per request and group),
    /// create_contact_group for a group the user does not have, and top to unpin, then to pin (100 per request). No
    /// group is ever deleted. Up to -ThrottleLimit accounts are worked on at once.
    /// </para>
    /// <para>
    /// When some conversation gives IsPinned, the account's pinned conversations are read once per 300 with get_list,
    /// which lists pinned conversations first: only the pages up to the first conversation that is not pinned. A pin
    /// that would give the account more than 50 pinned conversations (Tencent's limit, unpins of the same run counted)
    /// fails with TooManyPinnedConversations before anything is sent for that conversation.
    /// </para>
    /// <para>
    /// Every conversation is accounted for. One already as asked needs no request. One that was written is written with
    /// -PassThru as a ChatConversationUpdate (the state it now has, and what changed). One that failed is a
    /// non-terminating error whose TargetObject is its ChatConversationUpdate: piping it back retries exactly what is
    /// still missing, and parts the input did not give are filled in as read, so they stay as they were.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 | Export-Csv convs.csv -NoTypeInformation
    /// Get-ChatContactGroup -Account user_0001 | Export-Csv groups.csv -NoTypeInformation
    /// Import-Csv groups.csv | New-ChatContactGroup
    /// Import-Csv convs.csv | Set-ChatConversation -Confirm:$false
    /// </code>
    /// Backs up user_0001's conversations and conversation groups (first two lines), and later restores them (last two):
    /// the groups are recreated, empty ones included, and every conversation gets back the marks, custom mark, groups and
    /// pin it had, including marks and groups added since being taken away again.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv convs.csv | Set-ChatConversation -WhatIf
    /// </code>
    /// Shows, per conversation, what a restore would change, without writing anything.
    /// </example>
    /// <example>
    /// <code>
    /// Set-ChatConversation -Account user_0001 -PeerAccount user_0002 -Marks Star, App40 -ContactGroupNames vip
    /// </code>
    /// Makes the C2C conversation with user_0002 starred with app mark 40 and nothing else, and in the group vip only
    /// (created if user_0001 has none); the custom mark stays as it is.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv convs.csv | Select-Object Account, ConversationId, CustomMark | Set-ChatConversation -PassThru
    /// </code>
    /// Restores only the custom marks: without Marks and ContactGroupNames columns, marks and groups are left as they are.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv convs.csv | Select-Object Account, ConversationId, IsPinned | Set-ChatConversation -Confirm:$false -PassThru |
    ///     Where-Object PinChanged
    /// </code>
    /// Restores only which conversations are pinned, and shows the ones that were pinned or unpinned for it; a second run
    /// sends no pin request at all.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv convs.csv | Set-ChatConversation -Confirm:$false -ErrorVariable failed
    /// if ($failed) { $failed.TargetObject | Set-ChatConversation -Confirm:$false }
    /// </code>
    /// Retries the conversations that failed (a throttled or timed-out request): each error's target is a
    /// ChatConversationUpdate with the state to have, which binds Set-ChatConversation again.
    /// </example>
    /// <seealso cref="GetChatConversationCommand"/>
    /// <seealso cref="NewChatContactGroupCommand"/>
    /// <seealso cref="SetChatConversationMarkCommand"/>
    /// <seealso cref="SetChatConversationPinCommand"/>
    /// <seealso cref="SearchChatContactGroupCommand"/>
    [Cmdlet(VerbsCommon.Set, "ChatConversation", DefaultParameterSetName = ConversationIdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatConversationUpdate))]
    public sealed class SetChatConversationCommand : ConversationCmdlet
    {
        private KeyedBatcher<string, (ConversationKey Conversation, DesiredConversationState Desired)>? _batches;

        /// <summary>
        /// The standard marks to have, exactly (Star, Unread, Fold, Hide, App32…App63, Bit4…Bit31 or bit numbers); an empty
        /// value clears them all. One text is read as a CSV cell ("Star;Unread").
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValueListTransformation]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(MarkNameCompleter))]
        public string[]? Marks { get; set; }

        /// <summary>The custom mark to have (at most 256 bytes of UTF-8); "" for none.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string? CustomMark { get; set; }

        /// <summary>
        /// The conversation groups to be in, exactly; a group the user lacks is created, and none is deleted. An empty value
        /// takes the conversation out of every group. One text is read as a CSV cell ("a;b" is two groups, "a\;b" one).
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValueListTransformation]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ContactGroupNameCompleter))]
        public string[]? ContactGroupNames { get; set; }

        /// <summary>
        /// Whether the conversation is to be pinned; binds the IsPinned property of Get-ChatConversation's output and the
        /// True/False text of its CSV column. Not given (no such column, an empty cell or $null): left as it is.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTextTransformation]
        public bool? IsPinned { get; set; }

        /// <summary>Writes a ChatConversationUpdate for each conversation that is now as asked, changed or not.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string ProgressItemName => "conversations";

        protected override void Process()
        {
            IReadOnlyList<ConversationKey> conversations = RequestedConversations();
            DesiredConversationState desired;
            try
            {
                desired = DesiredConversationState.Create(Marks, CustomMark, ContactGroupNames, IsPinned);
            }
            catch (ChatInputException e)
            {
                foreach (ConversationKey conversation in conversations)
                    WriteUpdate(ConversationStateSync.Refused(Account, conversation, Marks, CustomMark, ContactGroupNames, IsPinned, e));
                return;
            }
            _batches ??= FlushedAtEnd(KeyedBatcher<string, (ConversationKey, DesiredConversationState)>.Requests(ConversationStateSync.MaxConversationsPerPlan, Sync));
            foreach (ConversationKey conversation in conversations)
                _batches.Add(Account, new[] { (conversation, desired) });
        }

        /// <summary>Reads a batch's state, asks ShouldProcess per conversation that differs on the pipeline thread, then writes the approved differences.</summary>
        private void Sync(KeyedBatch<string, (ConversationKey Conversation, DesiredConversationState Desired)> batch) =>
            StartAccountWork(batch.Key, null, async (output, cancellationToken) =>
            {
                var plan = await ConversationStateSync.PlanAsync(ActiveSession, batch.Key, batch.Items, Log, cancellationToken).ConfigureAwait(false);
                var approved = new List<PlannedConversationUpdate>();
                await output.DeliverAsync(0, () =>
                {
                    foreach (var entry in plan)
                    {
                        if (!entry.NeedsWrite) WriteUpdate(entry.Update);
                        else if (ShouldProcessItem(entry.Update.ToString(), entry.Diff!.ToString(), entry.Update)) approved.Add(entry);
                    }
                }).ConfigureAwait(false);
                if (approved.Count == 0) return;
                await ConversationStateSync.ApplyAsync(ActiveSession, batch.Key, approved, Log, cancellationToken).ConfigureAwait(false);
                await output.DeliverAsync(approved.Count, () => approved.ForEach(entry => WriteUpdate(entry.Update))).ConfigureAwait(false);
            });

        private void WriteUpdate(ChatConversationUpdate update)
        {
            if (update.Failure != null) WriteItemError(update.Failure, update);
            else if (PassThru) WriteObject(update);
        }
    }
}
