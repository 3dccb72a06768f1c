using System.Management.Automation;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Dissolves group chats. This cannot be undone.</summary>
    /// <remarks>
    /// <para>
    /// Sends destroy_group, one group per request, up to -ThrottleLimit at once: the group, its members and its history
    /// are gone, and members get a system notice. ConfirmImpact is High: it asks before every group unless -Confirm:$false,
    /// and -WhatIf lists what it would dissolve and sends nothing. Export-ChatGroup first if the group may be needed again.
    /// A group that does not exist (or was already dissolved) is a ChatGroupNotFound error for that group. A destroy is not
    /// repeated when its outcome is unknown, since a repeat would report the dissolved group as not found.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Remove-ChatGroup -GroupId team -WhatIf
    /// </code>
    /// Shows what would be dissolved, without sending anything.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroup -Type ChatRoom | Where-Object { $_.MemberCount -le 1 } | Remove-ChatGroup -Confirm:$false
    /// </code>
    /// Dissolves every meeting room that has at most one member, unattended.
    /// </example>
    /// <seealso cref="NewChatGroupCommand"/>
    /// <seealso cref="GetChatGroupCommand"/>
    [Cmdlet(VerbsCommon.Remove, "ChatGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ChatGroupChange))]
    public sealed class RemoveChatGroupCommand : GroupCmdlet
    {
        /// <summary>The groups to dissolve: GroupIds, or objects with a GroupId property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string?[] GroupId { get; set; } = new string?[0];

        protected override string ProgressItemName => "groups";

        protected override void Process()
        {
            foreach (string groupId in ValidGroupIds(GroupId))
            {
                if (!ShouldProcessItem(groupId, "Dissolve the group with its members and history", new ChatGroupChange { GroupId = groupId, Action = GroupWrites.Remove }))
                    continue;
                StartGroupWrite(cancellationToken => GroupWrites.DestroyAsync(ActiveSession, groupId, Log, cancellationToken));
            }
        }
    }
}
