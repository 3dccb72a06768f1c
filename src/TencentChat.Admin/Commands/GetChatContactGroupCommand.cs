using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
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
    public sealed class GetChatContactGroupCommand : ChatApiCmdlet
    {
        /// <summary>Whose groups to list: UserIDs, from the pipeline as strings or as objects with an Account property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("From_Account", "UserId")]
        [ValidateNotNullOrEmpty]
        public string[] Account { get; set; } = new string[0];

        /// <summary>Only groups with these names; wildcards allowed.</summary>
        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[]? Name { get; set; }

        protected override void Process()
        {
            var filter = new ContactGroupNameFilter(Name);
            foreach (string account in Account)
            {
                try
                {
                    foreach (ChatContactGroup group in Await(ct => ContactGroupPager.GetGroupsAsync(ActiveSession, account, Log, ct)))
                        if (filter.Matches(group.Name))
                            WriteObject(group);
                }
                catch (ChatAdminException e)
                {
                    WriteItemError(e, account);
                }
            }
        }
    }
}
