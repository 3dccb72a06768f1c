using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;

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
    /// <para>
    /// A dismissed group chat makes Tencent fail the whole request (51007). The request is then not retried as it was:
    /// each half of it is sent again, and so on, until the group conversations at fault are found. Only they are written
    /// as GroupChatUnavailable errors, each targeting its conversation; the records of the others are written as usual.
    /// Each conversation at fault costs at most 2*log2(batch) more requests: a search of 300 with one dismissed group chat
    /// takes at most 19 requests. After four times that, a half that still fails is reported whole.
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
                IReadOnlyList<ChatContactGroupRecord> records =
                    await ContactGroupSearch.SearchAsync(ActiveSession, batch.Key.Account, batch.Items, Log, cancellationToken).ConfigureAwait(false);
                await output.DeliverAsync(records.Count, () =>
                {
                    // A conversation whose lookup failed gets its own error, with its record (Account, ConversationId) as the target to pipe back.
                    foreach (var record in records)
                    {
                        if (record.Failure != null) WriteItemError(record.Failure, record);
                        else WriteObject(record);
                    }
                }).ConfigureAwait(false);
            });
    }
}
