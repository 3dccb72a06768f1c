using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Messages;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Sends a message to group chats.</summary>
    /// <remarks>
    /// <para>
    /// Sends one send_group_msg request per group, with -Text (one text element) or -MsgBody (any elements of Tencent's
    /// message body: text, face, location, custom, image, sound, file, video, merged-forward), as the App admin or, with
    /// -From, as a member. Every message gets its own Random, so a request whose outcome is unknown can be sent again
    /// safely: Tencent drops the repeat. The body is checked before anything is sent (at most 12 KB).
    /// </para>
    /// <para>
    /// Writes one ChatGroupMessageChange per group with the MsgSeq and time the group stored the message under. A message
    /// Tencent dropped (MsgDropReason, e.g. the group's frequency limit) is a failure, not a success: it is written as a
    /// GroupMessageDropped error. Every failed group is an error whose target (its ChatGroupMessageChange) pipes back.
    /// Many groups (from -GroupId or the pipeline, as strings or objects with a GroupId property) are sent to up to
    /// -ThrottleLimit at once, with a progress bar. ConfirmImpact is Medium: a sent message reaches members at once.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Send-ChatGroupMessage -GroupId ops-room -Text 'Deploy finished' -Confirm:$false
    /// </code>
    /// Sends a text message to ops-room as the App admin and shows its seq.
    /// </example>
    /// <example>
    /// <code>
    /// Send-ChatGroupMessage -GroupId ops-room -From user_0002 -Text 'On call today' -Priority High -Confirm:$false
    /// </code>
    /// Sends a high-priority message that members see as sent by user_0002.
    /// </example>
    /// <example>
    /// <code>
    /// 'ops-room', 'dev-room' | Send-ChatGroupMessage -MsgBody @{ MsgType = 'TIMCustomElem'; MsgContent = @{ Data = '{"kind":"poll"}'; Desc = 'New poll' } } -Confirm:$false
    /// </code>
    /// Sends a custom element to two groups.
    /// </example>
    /// <seealso cref="GetChatGroupMessageCommand"/>
    /// <seealso cref="SendChatGroupNotificationCommand"/>
    /// <seealso cref="RemoveChatGroupMessageCommand"/>
    [Cmdlet(VerbsCommunications.Send, "ChatGroupMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = TextSet)]
    [OutputType(typeof(ChatGroupMessageChange))]
    public sealed class SendChatGroupMessageCommand : ChatApiCmdlet
    {
        private const string TextSet = "Text";
        private const string BodySet = "MsgBody";

        private GroupMessageOptions _options = null!;

        /// <summary>The groups to send to: GroupIds, from the pipeline as strings or as objects with a GroupId property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string[] GroupId { get; set; } = new string[0];

        /// <summary>The message's text: one text element (TIMTextElem).</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = TextSet)]
        [ValidateNotNullOrEmpty]
        public string Text { get; set; } = string.Empty;

        /// <summary>
        /// The message body: its elements as hashtables (@{ MsgType = 'TIMTextElem'; MsgContent = @{ Text = 'hi' } }), as the
        /// JSON text of the MsgBody array (MsgBodyJson of Get-ChatGroupMessage output), or as Elements of such output.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = BodySet)]
        [ValidateNotNull]
        public object MsgBody { get; set; } = null!;

        /// <summary>The sender members see (From_Account): an existing account; by default the App admin.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? From { get; set; }

        /// <summary>The message's priority: High, Normal, Low or Lowest; lower ones are dropped first under load.</summary>
        [Parameter]
        [ValidateSet("High", "Normal", "Low", "Lowest")]
        public string? Priority { get; set; }

        /// <summary>Only members online now get it; it is not stored in the history or counted unread (not for AVChatRoom).</summary>
        [Parameter]
        public SwitchParameter OnlineOnly { get; set; }

        /// <summary>A targeted message: only these members (at most 50) see it (To_Account; Pro Plus and Enterprise editions).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateCount(1, GroupMessageSending.MaxTargets)]
        public string[]? To { get; set; }

        /// <summary>Custom data stored and delivered with the message (CloudCustomData).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? CloudCustomData { get; set; }

        protected override string ProgressItemName => "messages";

        protected override string ProgressJobName => "groups";

        protected override void Begin()
        {
            ChatMessageBody body = ParameterSetName == TextSet ? ChatMessageBody.FromText(Text) : GroupMessageBodyInput.Read(MsgBody);
            MessageSize.Check(body, CloudCustomData);
            _options = new GroupMessageOptions
            {
                Body = body,
                From = From == null ? null : AccountIds.Validate(From, "sender"),
                Priority = Priority,
                OnlineOnly = OnlineOnly,
                To = To?.Select(member => AccountIds.Validate(member, "member")).ToArray(),
                CloudCustomData = CloudCustomData,
            };
        }

        protected override void Process()
        {
            foreach (string? given in GroupId)
            {
                var target = new ChatGroupMessageChange { GroupId = given ?? string.Empty, Action = ChatGroupMessageActions.Send, From = From };
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
                if (!ShouldProcessItem(groupId, From == null ? "Send message" : "Send message as " + From, target)) continue;
                QueueWrite(groupId, target, ct => GroupMessageSending.SendAsync(ActiveSession, groupId, _options, Log, ct), change =>
                {
                    if (change.Failure != null) WriteItemError(change.Failure, change);
                    else WriteObject(change);
                });
            }
        }
    }
}
