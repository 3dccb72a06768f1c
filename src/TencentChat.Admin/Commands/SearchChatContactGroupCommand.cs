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
    public sealed class SearchChatContactGroupCommand : ConversationCmdlet
    {
        private readonly AccountBatcher<ConversationKey> _batcher = new AccountBatcher<ConversationKey>(ContactGroupSearch.MaxItemsPerRequest);

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
