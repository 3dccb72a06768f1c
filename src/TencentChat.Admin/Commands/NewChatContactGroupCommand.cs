using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Operations;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Creates a conversation group (create_contact_group, one group per request), optionally with conversations:
    /// from -ConversationId / -PeerAccount / -GroupId or from the pipeline, collected per owner account and sent
    /// with the create (the first 100; the rest follow 100 per update_contact_group request). Writes the new group;
    /// a conversation Tencent refused is written as an error. Refuses a duplicate name or a 21st group before writing.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ChatContactGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatContactGroup))]
    public sealed class NewChatContactGroupCommand : SingleAccountCmdlet
    {
        private readonly Dictionary<string, List<ConversationKey>> _conversationsByAccount = new Dictionary<string, List<ConversationKey>>();
        private readonly List<string> _accountOrder = new List<string>();

        /// <summary>The group's name: at most 32 bytes of UTF-8, unique per user.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary>Conversations to put in the group: c2c_&lt;UserID&gt; or group_&lt;GroupId&gt;, e.g. from Get-ChatConversation.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[]? ConversationId { get; set; }

        /// <summary>C2C peers to put in the group.</summary>
        [Parameter]
        [Alias("To_Account")]
        [ValidateNotNullOrEmpty]
        public string[]? PeerAccount { get; set; }

        /// <summary>Group chats to put in the group.</summary>
        [Parameter]
        [Alias("ToGroupId")]
        [ValidateNotNullOrEmpty]
        public string[]? GroupId { get; set; }

        protected override void Process()
        {
            if (!_conversationsByAccount.TryGetValue(Account, out var conversations))
            {
                _conversationsByAccount.Add(Account, conversations = new List<ConversationKey>());
                _accountOrder.Add(Account);
            }
            conversations.AddRange(ConversationInput.Parse(ConversationId, PeerAccount, GroupId, WriteItemError));
        }

        protected override void End()
        {
            foreach (string account in _accountOrder)
            {
                var conversations = _conversationsByAccount[account];
                string target = ConversationInput.DescribeGroup(account, Name);
                if (!ShouldProcess(target, $"Create with {conversations.Count} conversation(s)"))
                    continue;
                try
                {
                    ContactGroupCreation created = Await(ct => ContactGroupEditing.CreateAsync(ActiveSession, account, Name, conversations, Log, ct));
                    WriteObject(created.Group);
                    WriteChanges(created.Conversations, passThru: false);
                }
                catch (ChatAdminException e)
                {
                    WriteItemError(e, target);
                }
            }
        }
    }
}
