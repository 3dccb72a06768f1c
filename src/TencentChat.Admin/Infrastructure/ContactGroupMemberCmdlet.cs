using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Operations;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Add-ChatContactGroupMember and Remove-ChatContactGroupMember: update_contact_group type 2 with ContactOptType
    /// 1 or 2. Conversations come from the pipeline and are sent in batches of at most 100 per owner account and
    /// group (the maximum is UNCONFIRMED, see ContactGroupEditing.MaxConversationsPerRequest).
    /// </summary>
    public abstract class ContactGroupMemberCmdlet : ConversationCmdlet
    {
        private readonly Dictionary<string, ConversationBatches> _batchesByGroup = new Dictionary<string, ConversationBatches>();
        private readonly List<string> _groupOrder = new List<string>();

        /// <summary>The conversation group's name. Binds by property name, e.g. from a failed change's TargetObject.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ContactGroupNameCompleter))]
        public string ContactGroupName { get; set; } = string.Empty;

        /// <summary>Writes a ChatConversationChange for each conversation that was changed.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>True to add (ContactOptType 1), false to remove (2).</summary>
        protected abstract bool Adds { get; }

        protected override void Process()
        {
            string group = ContactGroupName;
            if (!_batchesByGroup.TryGetValue(group, out var batches))
            {
                batches = new ConversationBatches(ContactGroupEditing.MaxConversationsPerRequest, batch => Send(group, batch));
                _batchesByGroup.Add(group, batches);
                _groupOrder.Add(group);
            }
            batches.Add(Account, ApprovedConversations((Adds ? "Add to " : "Remove from ") + "conversation group '" + group + "'"));
        }

        protected override void End()
        {
            foreach (string group in _groupOrder)
                _batchesByGroup[group].Flush();
        }

        private void Send(string group, AccountBatch<ConversationKey> batch)
        {
            try
            {
                WriteChanges(Await(ct => ContactGroupEditing.ChangeMembersAsync(ActiveSession, batch.Account, group, Adds, batch.Items, Log, ct)), PassThru);
            }
            catch (ChatAdminException e)
            {
                WriteItemError(e, ConversationInput.DescribeGroup(batch.Account, group));
            }
        }
    }
}
