using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Operations;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets the conversation groups and marks of given conversations.</summary>
    /// <remarks>
    /// <para>
    /// Takes Get-ChatConversation output, Import-Csv of it, or -Account with -ConversationId, -PeerAccount or -GroupId,
    /// and writes one ChatContactGroupRecord per conversation: its standard marks, custom mark, and the ids and names of
    /// the conversation groups it is in. Found is false for a conversation that has no group or mark data.
    /// </para>
    /// <para>
    /// Conversations are sent to search_contact_group at most 300 per request per owner account, and requests for up to
    /// -ThrottleLimit (default 16) owner accounts run at once; a failure that every request would meet (credentials,
    /// permission, connection) stops the command at once and cancels the requests in flight. When a request fails
    /// otherwise, each of its conversations gets an error whose target (a ChatContactGroupRecord with Account and
    /// ConversationId) can be piped back to search again.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 | Search-ChatContactGroup
    /// </code>
    /// Shows the groups and marks of every conversation of user_0001.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv convs.csv | Search-ChatContactGroup | Export-Csv groups.csv -NoTypeInformation
    /// </code>
    /// Looks up the conversations of an earlier Get-ChatConversation export; the CSV's Account and ConversationId columns
    /// bind by property name.
    /// </example>
    /// <example>
    /// <code>
    /// Search-ChatContactGroup -Account user_0001 -PeerAccount user_0002, user_0003 -GroupId '@TGS#2ABCDEFGH' | Where-Object Found
    /// </code>
    /// Looks up two C2C conversations and one group chat of user_0001 by peer and group id, keeping those with data.
    /// </example>
    /// <seealso cref="GetChatConversationCommand"/>
    /// <seealso cref="GetChatContactGroupMemberCommand"/>
    /// <seealso cref="GetChatContactGroupCommand"/>
    [Cmdlet(VerbsCommon.Search, "ChatContactGroup", DefaultParameterSetName = ConversationIdSet)]
    [OutputType(typeof(ChatContactGroupRecord))]
    public sealed class SearchChatContactGroupCommand : ConversationCmdlet
    {
        protected override void Process() => QueueForBatches(RequestedConversations(), ContactGroupSearch.MaxItemsPerRequest, Search);

        private void Search(KeyedBatch<(string Account, string? ContactGroupName), ConversationKey> batch) =>
            StartAccountWork(batch.Key.Account, null, async (output, cancellationToken) =>
            {
                IReadOnlyList<ChatContactGroupRecord> records;
                try
                {
                    records = await ContactGroupSearch.SearchAsync(ActiveSession, batch.Key.Account, batch.Items, Log, cancellationToken).ConfigureAwait(false);
                }
                catch (ChatAdminException e) when (!e.IsSessionWide)
                {
                    // Every conversation of the failed request is reported, with a target that can be piped back.
                    await output.DeliverAsync(batch.Items.Count, () =>
                    {
                        foreach (var unsearched in ContactGroupSearch.Unsearched(batch.Key.Account, batch.Items))
                            WriteItemError(e, unsearched);
                    }).ConfigureAwait(false);
                    return;
                }
                await output.DeliverAsync(records.Count, () =>
                {
                    foreach (var record in records)
                        WriteObject(record);
                }).ConfigureAwait(false);
            });
    }
}
