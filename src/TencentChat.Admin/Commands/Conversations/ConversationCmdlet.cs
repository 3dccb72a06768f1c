using System;
using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Base of the cmdlets that act on conversations of one owner per pipeline object: -Account plus
    /// -ConversationId (bound by property name from Get-ChatConversation, Search-ChatContactGroup,
    /// Get-ChatContactGroupMember output and their CSVs) or -PeerAccount / -GroupId. One declaration of these
    /// parameters and one parser, shared by Search-ChatContactGroup and every conversation write, and the hand-off
    /// of the batched ones (<see cref="QueueForBatches"/>).
    /// </summary>
    public abstract class ConversationCmdlet : SingleAccountCmdlet
    {
        public const string ConversationIdSet = "ConversationId";
        public const string PeerSet = "Peer";
        public const string GroupIdSet = "GroupId";

        private KeyedBatcher<(string Account, string? ContactGroupName), ConversationKey>? _batches;

        /// <summary>c2c_&lt;UserID&gt; or group_&lt;GroupId&gt;, as in Get-ChatConversation's output.</summary>
        // Empty cells are allowed here so that the module's own checks refuse them (InvalidConversationId, InvalidAccount,
        // InvalidGroupId) for that row alone, whichever of these parameters they come from.
        [Parameter(ParameterSetName = ConversationIdSet, Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string[] ConversationId { get; set; } = new string[0];

        /// <summary>Peers of C2C conversations; binds PeerAccount, or Tencent's To_Account or Peer_Account column, by property name.
        /// Tab completes the C2C peers of -Account's most recent conversations (one get_list page, read at most once per 30 seconds).</summary>
        [Parameter(ParameterSetName = PeerSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("To_Account", "Peer_Account")]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(PeerAccountCompleter))]
        public string[]? PeerAccount { get; set; }

        /// <summary>Group chats' ids; binds GroupId, or Tencent's ToGroupId column, by property name.</summary>
        // Mandatory in a set of its own, so that a row with only GroupId picks that set; optional beside -PeerAccount.
        [Parameter(ParameterSetName = PeerSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = GroupIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ToGroupId")]
        [AllowEmptyString]
        public string[]? GroupId { get; set; }

        protected override string ProgressItemName => "conversations";

        /// <summary>The conversations of the current pipeline object; bad ids and a bad -Account are written as errors and skipped.</summary>
        protected IReadOnlyList<ConversationKey> RequestedConversations()
        {
            try
            {
                AccountIds.Validate(Account);
            }
            catch (ChatInputException e)
            {
                WriteItemError(e, Account);
                return new ConversationKey[0];
            }
            return ConversationInput.Parse(ParameterSetName == ConversationIdSet ? ConversationId : null, PeerAccount, GroupId, WriteItemError);
        }

        /// <summary>
        /// The conversations of the current pipeline object that the user approved for <paramref name="action"/>:
        /// ShouldProcess runs here, per conversation, before anything is handed to the client, so -WhatIf sends nothing.
        /// </summary>
        protected IEnumerable<ConversationKey> ApprovedConversations(string action)
        {
            foreach (ConversationKey key in RequestedConversations())
                if (ShouldProcessItem(ConversationInput.Describe(Account, key), action, ConversationInput.Retry(Account, key)))
                    yield return key;
        }

        /// <summary>
        /// Queues <paramref name="conversations"/> of the current pipeline object for <paramref name="send"/>, which gets
        /// them per owner account (and conversation group, for the member writes) at most <paramref name="batchSize"/> at a
        /// time: a full batch as soon as it fills, the rest when the pipeline ends.
        /// </summary>
        protected void QueueForBatches(IEnumerable<ConversationKey> conversations, int batchSize, Action<KeyedBatch<(string Account, string? ContactGroupName), ConversationKey>> send,
            string? contactGroupName = null)
        {
            _batches ??= FlushedAtEnd(KeyedBatcher<(string Account, string? ContactGroupName), ConversationKey>.Requests(batchSize, send));
            _batches.Add((Account, contactGroupName), conversations);
        }

        /// <summary>
        /// The hand-off of Add- and Remove-ChatContactGroupMember: update_contact_group type 2 with ContactOptType 1 (add) or
        /// 2 (remove), at most 100 conversations per owner account and group per request (the maximum is UNCONFIRMED, see
        /// ContactGroupEditing.MaxConversationsPerRequest).
        /// </summary>
        protected void QueueMemberChanges(bool add, string contactGroupName, bool passThru)
        {
            var approved = ApprovedConversations((add ? "Add to " : "Remove from ") + "conversation group '" + contactGroupName + "'");
            QueueForBatches(approved, ContactGroupEditing.MaxConversationsPerRequest, batch => QueueChanges(batch.Key.Account, ct =>
                ContactGroupEditing.ChangeMembersAsync(ActiveSession, batch.Key.Account, batch.Key.ContactGroupName!, add, batch.Items, Log, ct), passThru),
                contactGroupName);
        }
    }
}
