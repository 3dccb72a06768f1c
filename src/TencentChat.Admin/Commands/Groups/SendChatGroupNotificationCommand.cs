using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Sends a system notification to group chats.</summary>
    /// <remarks>
    /// <para>
    /// Sends one send_group_system_notification request per group: a system notice that members' apps show as such, to
    /// every member, or with -ToMember only to those members (an AVChatRoom takes only the whole group). Groups come from
    /// -GroupId or the pipeline (strings, or objects with a GroupId property), up to -ThrottleLimit at once.
    /// </para>
    /// <para>
    /// Writes one ChatGroupMessageChange per group it reached; a group that failed is written as an error whose target
    /// (its ChatGroupMessageChange) pipes back. ConfirmImpact is Medium: a notice cannot be taken back. A request whose
    /// outcome is unknown (a timeout) is not repeated, since a repeat could notify twice.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Send-ChatGroupNotification -GroupId ops-room -Content 'Maintenance tonight 22:00-23:00 UTC'
    /// </code>
    /// Notifies every member of ops-room.
    /// </example>
    /// <example>
    /// <code>
    /// Send-ChatGroupNotification -GroupId ops-room -Content 'Please update your name card' -ToMember user_0002, user_0003
    /// </code>
    /// Notifies two members of ops-room only.
    /// </example>
    /// <seealso cref="SendChatGroupMessageCommand"/>
    [Cmdlet(VerbsCommunications.Send, "ChatGroupNotification", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatGroupMessageChange))]
    public sealed class SendChatGroupNotificationCommand : ChatApiCmdlet
    {
        /// <summary>The groups to notify: GroupIds, from the pipeline as strings or as objects with a GroupId property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string[] GroupId { get; set; } = new string[0];

        /// <summary>The notification's text.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Content { get; set; } = string.Empty;

        /// <summary>Only these members get it (ToMembers_Account); by default every member does.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ToMember { get; set; }

        private string[]? _toMembers;

        protected override string ProgressItemName => "notifications";

        protected override string ProgressJobName => "groups";

        protected override void Begin() =>
            _toMembers = ToMember?.Select(member => AccountIds.Validate(member, "member")).ToArray();

        protected override void Process()
        {
            foreach (string? given in GroupId)
            {
                var target = new ChatGroupMessageChange { GroupId = given ?? string.Empty, Action = ChatGroupMessageActions.Notify };
                try
                {
                    GroupIds.Validate(given);
                }
                catch (ChatInputException e)
                {
                    WriteItemError(e, target);
                    continue;
                }
                string groupId = given!;
                string who = _toMembers == null ? "every member" : _toMembers.Length + " member(s)";
                if (!ShouldProcessItem(groupId, $"Send system notification to {who}", target)) continue;
                QueueWrite(groupId, target, ct => GroupNotification.SendAsync(ActiveSession, groupId, Content, _toMembers, Log, ct), change =>
                {
                    if (change.Failure != null) WriteItemError(change.Failure, change);
                    else WriteObject(change);
                });
            }
        }
    }
}
