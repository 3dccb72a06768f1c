using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Adds members to group chats.</summary>
    /// <remarks>
    /// <para>
    /// Sends add_group_member with 20 members per request (the newest documented maximum; older pages say 300 or 500, and
    /// the conformance suite measures the real one), collected across pipeline objects per group; requests for one group run
    /// side by side up to -ThrottleLimit, each command at its documented rate. Writes one ChatGroupMemberChange per member,
    /// in input order: Result Added, AlreadyMember, or Pending (awaiting the invitee's confirmation). A member Tencent did
    /// not add is an error whose target is its change, so <c>$err.TargetObject | Add-ChatGroupMember</c> retries exactly
    /// those; a rerun adds the rest and reports the others as AlreadyMember, never twice. An AVChatRoom takes no added
    /// members: GroupTypeNotSupported naming the type. -Silent sends no system notice.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Add-ChatGroupMember -GroupId team -Account user_0004, user_0005
    /// </code>
    /// Adds two members and writes a result for each.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content accounts.txt | Add-ChatGroupMember -GroupId team -Silent
    /// </code>
    /// Adds every UserID of a text file without notifying the group.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv users.csv | Add-ChatGroupMember -GroupId team -WhatIf
    /// </code>
    /// Shows who would be added from the Account column of a CSV file, and sends nothing.
    /// </example>
    /// <seealso cref="RemoveChatGroupMemberCommand"/>
    /// <seealso cref="GetChatGroupMemberCommand"/>
    [Cmdlet(VerbsCommon.Add, "ChatGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ChatGroupMemberChange))]
    public sealed class AddChatGroupMemberCommand : GroupMemberWriteCmdlet
    {
        /// <summary>Sends no system notice to the group (Silence 1).</summary>
        [Parameter]
        public SwitchParameter Silent { get; set; }

        protected override int BatchSize => GroupMemberWrites.MaxAddsPerRequest;

        protected override string Action => "Add to the group";

        protected override Task<IReadOnlyList<ChatGroupMemberChange>> SendAsync(string groupId, IReadOnlyList<string> accounts, CancellationToken cancellationToken) =>
            GroupMemberWrites.AddAsync(ActiveSession, groupId, accounts, Silent, Log, cancellationToken);
    }
}
