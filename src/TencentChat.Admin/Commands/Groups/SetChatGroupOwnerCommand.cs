using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Transfers group chats to a new owner.</summary>
    /// <remarks>
    /// <para>
    /// Sends change_group_owner, one group per request. The new owner must already be a member; the old owner stays as a
    /// Member. An AVChatRoom cannot change owner: that is a GroupTypeNotSupported error naming the type. Writes a
    /// ChatGroupChange per group; a failure is an error whose target pipes back.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Set-ChatGroupOwner -GroupId team -Account user_0002
    /// </code>
    /// Makes user_0002 the owner of the group.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroup -Account user_0001 | Where-Object Role -eq Owner | Set-ChatGroupOwner -Account user_0002 -WhatIf
    /// </code>
    /// Shows which of user_0001's groups would pass to user_0002 (for a leaver), without sending anything.
    /// </example>
    /// <seealso cref="SetChatGroupMemberCommand"/>
    /// <seealso cref="GetChatGroupCommand"/>
    [Cmdlet(VerbsCommon.Set, "ChatGroupOwner", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ChatGroupChange))]
    public sealed class SetChatGroupOwnerCommand : GroupCmdlet
    {
        /// <summary>The group; binds GroupId by property name.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string GroupId { get; set; } = string.Empty;

        /// <summary>The new owner's UserID: a member of the group.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [Alias("NewOwner_Account")]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(Infrastructure.Completion.AccountCompleter))]
        public string Account { get; set; } = string.Empty;

        protected override string ProgressItemName => "groups";

        protected override void Process()
        {
            string? owner = RequestedAccounts(new object[] { Account }, nameof(Account), "account").FirstOrDefault();
            string? groupId = ValidGroupIds(new[] { GroupId }).FirstOrDefault();
            if (owner == null || groupId == null) return;
            if (!ShouldProcessItem(groupId, $"Make {owner} the owner", new ChatGroupChange { GroupId = groupId, Action = GroupWrites.ChangeOwner })) return;
            StartGroupWrite(cancellationToken => GroupWrites.ChangeOwnerAsync(ActiveSession, groupId, owner, Log, cancellationToken));
        }
    }
}
