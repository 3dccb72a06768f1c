using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Operations;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Looks up the conversation groups and marks of conversations (search_contact_group). Takes
    /// Get-ChatConversation output, Import-Csv of it, or -Account with -ConversationId, -PeerAccount or -GroupId;
    /// sends at most 300 conversations per request per owner account and writes one record per conversation.
    /// </summary>
    [Cmdlet(VerbsCommon.Search, "ChatContactGroup", DefaultParameterSetName = ConversationIdSet)]
    [OutputType(typeof(ChatContactGroupRecord))]
    public sealed class SearchChatContactGroupCommand : ChatApiCmdlet
    {
        private const string ConversationIdSet = "ConversationId";
        private const string PeerSet = "Peer";

        private readonly AccountBatcher<ConversationKey> _batcher = new AccountBatcher<ConversationKey>(ContactGroupSearch.MaxItemsPerRequest);

        /// <summary>The owner of the conversations.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("From_Account")]
        [ValidateNotNullOrEmpty]
        public string Account { get; set; } = string.Empty;

        /// <summary>c2c_&lt;UserID&gt; or group_&lt;GroupId&gt;, as in Get-ChatConversation's output.</summary>
        [Parameter(ParameterSetName = ConversationIdSet, Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ConversationId { get; set; } = new string[0];

        /// <summary>Peers of C2C conversations.</summary>
        [Parameter(ParameterSetName = PeerSet)]
        [Alias("To_Account")]
        [ValidateNotNullOrEmpty]
        public string[]? PeerAccount { get; set; }

        /// <summary>Group chats' ids.</summary>
        [Parameter(ParameterSetName = PeerSet)]
        [Alias("ToGroupId")]
        [ValidateNotNullOrEmpty]
        public string[]? GroupId { get; set; }

        protected override void Process()
        {
            foreach (ConversationKey key in RequestedConversations())
            {
                AccountBatch<ConversationKey>? full = _batcher.Add(Account, key);
                if (full != null) Search(full);
            }
        }

        protected override void End()
        {
            foreach (var batch in _batcher.Drain())
                Search(batch);
        }

        private IEnumerable<ConversationKey> RequestedConversations()
        {
            var keys = new List<ConversationKey>();
            try
            {
                AccountIds.Validate(Account);
                if (ParameterSetName == ConversationIdSet)
                {
                    foreach (string id in ConversationId)
                    {
                        try { keys.Add(ConversationKey.Parse(id)); }
                        catch (ChatInputException e) { WriteItemError(e, id); }
                    }
                }
                else
                {
                    if (PeerAccount == null && GroupId == null)
                        throw new ChatInputException("NoConversations", "Give -PeerAccount, -GroupId or -ConversationId to say which conversations to search.");
                    foreach (string peer in PeerAccount ?? new string[0]) keys.Add(ConversationKey.ForPeer(AccountIds.Validate(peer, "peer account")));
                    foreach (string group in GroupId ?? new string[0]) keys.Add(ConversationKey.ForGroup(group));
                }
            }
            catch (ChatInputException e)
            {
                WriteItemError(e, Account);
            }
            return keys;
        }

        private void Search(AccountBatch<ConversationKey> batch)
        {
            try
            {
                foreach (var record in Await(ct => ContactGroupSearch.SearchAsync(ActiveSession, batch.Account, batch.Items, Log, ct)))
                    WriteObject(record);
            }
            catch (ChatAdminException e)
            {
                WriteItemError(e, batch.Account);
            }
        }
    }
}
