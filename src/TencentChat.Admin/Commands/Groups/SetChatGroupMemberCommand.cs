using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Changes group members: role, name card, message flag, mute.</summary>
    /// <remarks>
    /// <para>
    /// A mute alone (-MuteFor, a TimeSpan; zero unmutes, whole seconds are sent) goes through forbid_send_msg, 500 members
    /// of one group per request. Anything else (-Role Admin or Member, -NameCard, -MessageFlag, with or without -MuteFor)
    /// goes through modify_group_member_info, one member per request, up to -ThrottleLimit at once. Writes one
    /// ChatGroupMemberChange per member in input order (Muted, Unmuted or Changed); a failure is an error whose target
    /// pipes back. A Private (Work) group cannot mute members or have admins: GroupTypeNotSupported naming the type.
    /// The owner changes only with Set-ChatGroupOwner.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Set-ChatGroupMember -GroupId team -Account user_0003 -MuteFor (New-TimeSpan -Hours 1)
    /// </code>
    /// Mutes a spammer for an hour.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroupMember -GroupId team -Muted | Set-ChatGroupMember -MuteFor 0
    /// </code>
    /// Lifts every mute in the group.
    /// </example>
    /// <example>
    /// <code>
    /// Set-ChatGroupMember -GroupId team -Account user_0002 -Role Admin -NameCard 'Support lead'
    /// </code>
    /// Makes a member an admin and sets their name card.
    /// </example>
    /// <seealso cref="GetChatGroupMemberCommand"/>
    /// <seealso cref="SetChatGroupOwnerCommand"/>
    [Cmdlet(VerbsCommon.Set, "ChatGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatGroupMemberChange))]
    public sealed class SetChatGroupMemberCommand : GroupMemberWriteCmdlet
    {
        /// <summary>Admin or Member (the owner changes only with Set-ChatGroupOwner).</summary>
        [Parameter]
        [ValidateSet("Admin", "Member")]
        public string? Role { get; set; }

        /// <summary>The member's name card in the group (at most 50 bytes of UTF-8); "" clears it.</summary>
        [Parameter]
        [AllowEmptyString]
        public string? NameCard { get; set; }

        /// <summary>AcceptAndNotify, AcceptNotNotify (no push) or Discard.</summary>
        [Parameter]
        [ValidateSet("AcceptAndNotify", "AcceptNotNotify", "Discard")]
        public string? MessageFlag { get; set; }

        /// <summary>How long the member may not speak; zero unmutes. 4294967295 seconds (about 136 years) is permanent.</summary>
        [Parameter]
        public TimeSpan? MuteFor { get; set; }

        private bool MuteOnly => MuteFor != null && Role == null && NameCard == null && MessageFlag == null;

        protected override int BatchSize => MuteOnly ? GroupMemberWrites.MaxMutesPerRequest : 1;

        protected override string Action => MuteOnly ? (MuteFor == TimeSpan.Zero ? "Unmute" : $"Mute for {MuteFor}") : "Change the member";

        protected override void CheckInput()
        {
            try
            {
                GroupMemberWrites.ModifyRequest("group", "member", Role == null ? (ChatGroupRole?)null : (ChatGroupRole)Enum.Parse(typeof(ChatGroupRole), Role),
                    NameCard, MessageFlag, MuteFor);
            }
            catch (ChatInputException e)
            {
                ThrowChatError(e);
            }
        }

        protected override async Task<IReadOnlyList<ChatGroupMemberChange>> SendAsync(string groupId, IReadOnlyList<string> accounts, CancellationToken cancellationToken)
        {
            if (MuteOnly)
                return await GroupMemberWrites.MuteAsync(ActiveSession, groupId, accounts, MuteFor!.Value, Log, cancellationToken).ConfigureAwait(false);
            ChatGroupRole? role = Role == null ? (ChatGroupRole?)null : (ChatGroupRole)Enum.Parse(typeof(ChatGroupRole), Role);
            var change = await GroupMemberWrites.ModifyAsync(ActiveSession, groupId, accounts[0], role, NameCard, MessageFlag, MuteFor, Log, cancellationToken)
                .ConfigureAwait(false);
            return new[] { change };
        }
    }
}
