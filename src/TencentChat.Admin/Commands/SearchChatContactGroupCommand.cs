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
        private readonly ConversationBatches _batches;

        public SearchChatContactGroupCommand() => _batches = new ConversationBatches(ContactGroupSearch.MaxItemsPerRequest, Search);

        protected override void Process() => _batches.Add(Account, RequestedConversations());

        protected override void End() => _batches.Flush();

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
