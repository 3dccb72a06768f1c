using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Removes members from group chats.</summary>
    /// <remarks>
    /// <para>
    /// Sends delete_group_member with 100 members per request, collected across pipeline objects per group, and writes a
    /// ChatGroupMemberChange (Result Removed) per member in input order. An account that is not a member is still Removed
    /// (Tencent answers OK), so a rerun does no harm. The owner cannot be removed (transfer the group first); the group
    /// stays even when it has no members. An AVChatRoom's members cannot be removed (mute them instead):
    /// GroupTypeNotSupported naming the type. -Reason is shown to the removed members; -Silent tells only them.
    /// ConfirmImpact is Medium.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Remove-ChatGroupMember -GroupId team -Account user_0003 -Reason 'Spam'
    /// </code>
    /// Removes a spammer and tells them why.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content leavers.txt | Remove-ChatGroupMember -GroupId team -Silent -Confirm:$false
    /// </code>
    /// Removes every UserID of a text file from the group, unattended and without notifying the group.
    /// </example>
    /// <seealso cref="AddChatGroupMemberCommand"/>
    /// <seealso cref="SetChatGroupMemberCommand"/>
    [Cmdlet(VerbsCommon.Remove, "ChatGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatGroupMemberChange))]
    public sealed class RemoveChatGroupMemberCommand : GroupMemberWriteCmdlet
    {
        /// <summary>The reason shown to the removed members.</summary>
        [Parameter]
        public string? Reason { get; set; }

        /// <summary>Only the removed members are told (Silence 1).</summary>
        [Parameter]
        public SwitchParameter Silent { get; set; }

        protected override int BatchSize => GroupMemberWrites.MaxRemovalsPerRequest;

        protected override string Action => "Remove from the group";

        protected override Task<IReadOnlyList<ChatGroupMemberChange>> SendAsync(string groupId, IReadOnlyList<string> accounts, CancellationToken cancellationToken) =>
            GroupMemberWrites.RemoveAsync(ActiveSession, groupId, accounts, Reason, Silent, Log, cancellationToken);
    }
}
