using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets the conversations in users' conversation groups, with their groups and marks.</summary>
    /// <remarks>
    /// <para>
    /// Without -ContactGroupName it writes every conversation that has group or mark data; with it, only the conversations
    /// in those groups (wildcards allowed). A literal name that matches no group is written as a ContactGroupNotFound error.
    /// </para>
    /// <para>
    /// Input is collected per account first, so each account is paged once and each conversation written once, however
    /// many groups of it come down the pipeline. The records then stream page by page as get_contact_group returns them,
    /// up to -ThrottleLimit (default 16) accounts at once as with Get-ChatConversation, so | Select-Object -First 5 sends
    /// at most -ThrottleLimit requests.
    /// They are the same ChatContactGroupRecord objects Search-ChatContactGroup writes, so they bind the conversation
    /// cmdlets by Account and ConversationId.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatContactGroupMember -Account user_0001
    /// </code>
    /// Lists every conversation of user_0001 that is in a group or has a mark.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatContactGroup -Account user_0001 -Name vip | Get-ChatContactGroupMember | Export-Csv vip.csv -NoTypeInformation
    /// </code>
    /// Exports the conversations in the vip group of user_0001; the group's Account and Name bind -Account and
    /// -ContactGroupName.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatContactGroupMember -Account user_0001 -ContactGroupName 'test*' | Remove-ChatConversation -WhatIf
    /// </code>
    /// Shows which conversations in the test groups of user_0001 would be deleted.
    /// </example>
    /// <seealso cref="GetChatContactGroupCommand"/>
    /// <seealso cref="SearchChatContactGroupCommand"/>
    /// <seealso cref="AddChatContactGroupMemberCommand"/>
    /// <seealso cref="RemoveChatContactGroupMemberCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatContactGroupMember")]
    [OutputType(typeof(ChatContactGroupRecord))]
    public sealed class GetChatContactGroupMemberCommand : AccountListCmdlet
    {
        private readonly KeyedBatcher<string, string[]?> _namesByAccount;

        public GetChatContactGroupMemberCommand() => _namesByAccount = FlushedAtEnd(KeyedBatcher<string, string[]?>.PerKey(Read));

        /// <summary>Only conversations in these groups; wildcards allowed. Binds Get-ChatContactGroup's Name.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContactGroupNameCompleter))]
        public string[]? ContactGroupName { get; set; }

        protected override void Process()
        {
            foreach (string account in RequestedAccounts())
                _namesByAccount.Add(account, new[] { ContactGroupName });
        }

        /// <summary>Each account is paged once, for all the group names asked about it, when the whole input is known.</summary>
        private void Read(KeyedBatch<string, string[]?> batch)
        {
            var filter = new ContactGroupNameFilter(batch.Items.Any(names => names == null) ? null : batch.Items.SelectMany(n => n!).Distinct().ToArray());
            string account = batch.Key;
            StartAccountWork(account, null, async (output, cancellationToken) =>
            {
                var pager = new ContactGroupPager(ActiveSession, account, Log);
                HashSet<int>? wanted = null;
                // No group matched: nothing on later pages can match either.
                while (!pager.IsComplete && wanted?.Count != 0)
                {
                    IReadOnlyList<ChatContactGroupRecord> page = await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
                    await output.DeliverAsync(page.Count, () =>
                    {
                        if (wanted == null && !filter.IsEmpty)
                        {
                            foreach (var missing in filter.Unmatched(account, pager.Groups))
                                WriteItemError(missing);
                            wanted = new HashSet<int>(pager.Groups.Where(g => filter.Matches(g.Name)).Select(g => g.ContactGroupId));
                        }
                        foreach (var record in page)
                            if (wanted == null || record.ContactGroupIds.Any(wanted.Contains))
                                WriteObject(record);
                    }).ConfigureAwait(false);
                }
            });
        }
    }
}
