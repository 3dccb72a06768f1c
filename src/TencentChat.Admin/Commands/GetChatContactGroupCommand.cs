using System.Management.Automation;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Lists users' conversation groups: one get_contact_group request per account, because every page's GroupItem
    /// lists all of the user's groups. The conversations in them come from Get-ChatContactGroupMember.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ChatContactGroup")]
    [OutputType(typeof(ChatContactGroup))]
    public sealed class GetChatContactGroupCommand : AccountListCmdlet
    {
        /// <summary>Only groups with these names; wildcards allowed.</summary>
        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[]? Name { get; set; }

        protected override void Process()
        {
            var filter = new ContactGroupNameFilter(Name);
            ForEachAccount(account =>
            {
                foreach (ChatContactGroup group in Await(ct => ContactGroupPager.GetGroupsAsync(ActiveSession, account, Log, ct)))
                    if (filter.Matches(group.Name))
                        WriteObject(group);
            });
        }
    }
}
