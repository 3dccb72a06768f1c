using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets users' conversation groups.</summary>
    /// <remarks>
    /// Sends one get_contact_group request per account, because its first page lists all of the user's groups, and writes
    /// each group with its owner Account, ContactGroupId and Name. Up to -ThrottleLimit (default 16) accounts are read
    /// at once, as Get-ChatConversation does. The conversations in the groups come from Get-ChatContactGroupMember, to
    /// which the groups can be piped. The groups carry no member count: get_contact_group lists the groups on its first
    /// page but their conversations over as many pages as the server chooses, so a count would cost the extra requests
    /// that Get-ChatContactGroupMember makes.
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatContactGroup -Account user_0001
    /// </code>
    /// Lists the conversation groups of user_0001.
    /// </example>
    /// <example>
    /// <code>
    /// 'user_0001', 'user_0002' | Get-ChatContactGroup -Name 'vip*'
    /// </code>
    /// Lists the groups whose names start with "vip" of two users.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv users.csv | Get-ChatContactGroup | Export-Csv contact-groups.csv -NoTypeInformation
    /// </code>
    /// Exports the conversation groups of every user in the Account column of users.csv.
    /// </example>
    /// <seealso cref="GetChatContactGroupMemberCommand"/>
    /// <seealso cref="NewChatContactGroupCommand"/>
    /// <seealso cref="RenameChatContactGroupCommand"/>
    /// <seealso cref="RemoveChatContactGroupCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatContactGroup")]
    [OutputType(typeof(ChatContactGroup))]
    public sealed class GetChatContactGroupCommand : AccountListCmdlet
    {
        /// <summary>
        /// Only groups with these names; wildcards allowed, and names compare case-insensitively as everywhere in PowerShell.
        /// A name without wildcards that matches none of an account's groups is a ContactGroupNotFound error for that
        /// account (as with Get-Item); a wildcard that matches nothing is not an error.
        /// </summary>
        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContactGroupNameCompleter))]
        public string[]? Name { get; set; }

        protected override string ProgressItemName => "conversation groups";

        protected override void Process()
        {
            var filter = new ContactGroupNameFilter(Name);
            ForEachAccount(async (account, output, cancellationToken) =>
            {
                IReadOnlyList<ChatContactGroup> groups =
                    await ContactGroupPager.GetGroupsAsync(ActiveSession, account, Log, cancellationToken).ConfigureAwait(false);
                await output.DeliverAsync(groups.Count, () =>
                {
                    foreach (ChatContactGroup group in groups)
                        if (filter.Matches(group.Name))
                            WriteObject(group);
                    foreach (var missing in filter.Unmatched(account, groups))
                        WriteItemError(missing);
                }).ConfigureAwait(false);
            });
        }
    }
}
