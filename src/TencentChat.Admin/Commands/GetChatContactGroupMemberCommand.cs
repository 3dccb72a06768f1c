using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Streams users' per-conversation group and mark records (get_contact_group), page by page as they arrive:
    /// `| Select-Object -First 5` sends one request. Without -ContactGroupName it writes every conversation that has
    /// group or mark data; with it, only the conversations in those groups. The records are the same type
    /// Search-ChatContactGroup writes, so they bind the conversation cmdlets by Account and ConversationId.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ChatContactGroupMember")]
    [OutputType(typeof(ChatContactGroupRecord))]
    public sealed class GetChatContactGroupMemberCommand : AccountListCmdlet
    {
        /// <summary>Only conversations in these groups; wildcards allowed. Binds Get-ChatContactGroup's Name.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[]? ContactGroupName { get; set; }

        protected override void Process()
        {
            var filter = new ContactGroupNameFilter(ContactGroupName);
            ForEachAccount(account =>
            {
                var pager = new ContactGroupPager(ActiveSession, account, Log);
                HashSet<int>? wanted = null;
                while (!pager.IsComplete)
                {
                    IReadOnlyList<ChatContactGroupRecord> page = Await(pager.NextPageAsync);
                    if (wanted == null && !filter.IsEmpty)
                    {
                        foreach (var missing in filter.Unmatched(account, pager.Groups))
                            WriteItemError(missing);
                        wanted = new HashSet<int>(pager.Groups.Where(g => filter.Matches(g.Name)).Select(g => g.ContactGroupId));
                        // No group matched: nothing on later pages can match either.
                        if (wanted.Count == 0) break;
                    }
                    foreach (var record in page)
                        if (wanted == null || record.ContactGroupIds.Any(wanted.Contains))
                            WriteObject(record);
                }
            });
        }
    }
}
