using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Creates group chats and writes each one's ChatGroup.</summary>
    /// <remarks>
    /// <para>
    /// Sends create_group, then get_group_info to write the new group's ChatGroup. Parameters bind by property name, so
    /// Import-Csv rows with Name, Type, Owner, GroupId, ... columns create one group each, in input order, up to
    /// -ThrottleLimit at once. -Type takes Tencent's REST names (Private, Public, ChatRoom, AVChatRoom, Community; default
    /// Public) and the console's Work and Meeting, which mean Private and ChatRoom.
    /// </para>
    /// <para>
    /// Checked before anything is sent, each failure an error for that row alone: the Name (1 to 100 bytes of UTF-8; a
    /// server with the 30-byte legacy limit refuses longer names with InvalidParameter), -Type, and a custom -GroupId:
    /// printable ASCII, at most 48 bytes, not starting with @TGS# (which Tencent keeps for the IDs it assigns), except a
    /// Community's, which must start with @TGS#_. -Member and -Admin (at most 100 in all) must be imported accounts; an
    /// AVChatRoom takes none. A custom GroupId already in use is GroupIdInUse. A create is not repeated when its outcome is
    /// unknown (a timeout), since a repeat could make a second group: check with Get-ChatGroup before running it again.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// New-ChatGroup -Name 'Support team' -Type Work -Owner user_0001 -Member user_0002, user_0003 -Admin user_0004
    /// </code>
    /// Creates a Work (Private) group owned by user_0001 with two members and an admin, and writes its ChatGroup.
    /// </example>
    /// <example>
    /// <code>
    /// New-ChatGroup -Name 'Release notes' -Type Public -GroupId release-notes -ApplyJoinOption FreeAccess -Introduction 'What ships when'
    /// </code>
    /// Creates a public group with a custom GroupId that anyone may join.
    /// </example>
    /// <example>
    /// <code>
    /// New-ChatGroup -Name 'Bad id' -GroupId '@TGS#mine' -ErrorAction SilentlyContinue -ErrorVariable refused
    /// $refused.FullyQualifiedErrorId
    /// </code>
    /// A custom GroupId that starts with @TGS# is refused with InvalidGroupId before any request is sent.
    /// </example>
    /// <seealso cref="GetChatGroupCommand"/>
    /// <seealso cref="AddChatGroupMemberCommand"/>
    /// <seealso cref="RemoveChatGroupCommand"/>
    [Cmdlet(VerbsCommon.New, "ChatGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ChatGroup))]
    public sealed class NewChatGroupCommand : GroupCmdlet
    {
        /// <summary>The group's name: 1 to 100 bytes of UTF-8 (a CJK character is 3 bytes).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Name { get; set; } = string.Empty;

        /// <summary>Private (Work), Public (the default), ChatRoom (Meeting), AVChatRoom or Community.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(GroupTypeCompleter))]
        public string Type { get; set; } = "Public";

        /// <summary>The owner's UserID (an imported account); without it the group has no owner.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Owner_Account")]
        public string? Owner { get; set; }

        /// <summary>A custom GroupId (printable ASCII, at most 48 bytes, not starting with @TGS#; a Community's starts with @TGS#_); without it Tencent assigns one.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? GroupId { get; set; }

        /// <summary>Members to add as Member (imported accounts; with -Admin at most 100). One text is read as a CSV cell ("a;b").</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValueListTransformation]
        public string[]? Member { get; set; }

        /// <summary>Members to add as Admin.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValueListTransformation]
        public string[]? Admin { get; set; }

        /// <summary>The introduction (400 bytes in the newest documents, 240 in older ones).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Introduction { get; set; }

        /// <summary>The notice board text (400 bytes in the newest documents, 300 in older ones).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Notification { get; set; }

        /// <summary>The avatar URL.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? FaceUrl { get; set; }

        /// <summary>The member cap (MaxMemberCount); without it the plan's cap. Ignored for an AVChatRoom.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, int.MaxValue)]
        public int? MaxMemberCount { get; set; }

        /// <summary>FreeAccess, NeedPermission (Tencent's default) or DisableApply.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? ApplyJoinOption { get; set; }

        /// <summary>The group's custom fields as Key=Value items (keys configured in the Chat console first). One text is read as a CSV cell.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValueListTransformation]
        public string[]? AppDefinedData { get; set; }

        protected override string ProgressItemName => "groups";

        protected override void Process()
        {
            Client.Groups.Wire.CreateGroupRequest request;
            try
            {
                request = GroupWrites.CreateRequest(new ChatGroupDefinition
                {
                    Name = Name,
                    Type = GroupInput.ParseType(Type),
                    Owner = Owner,
                    GroupId = string.IsNullOrEmpty(GroupId) ? null : GroupId,
                    Members = Member ?? new string[0],
                    Admins = Admin ?? new string[0],
                    Introduction = Introduction,
                    Notification = Notification,
                    FaceUrl = FaceUrl,
                    MaxMemberCount = MaxMemberCount,
                    ApplyJoinOption = string.IsNullOrEmpty(ApplyJoinOption) ? null : ApplyJoinOption,
                    AppDefinedData = AppDefinedData,
                });
            }
            catch (ChatInputException e)
            {
                WriteItemError(e, e.Target ?? Name);
                return;
            }
            if (!ShouldProcess(request.GroupId ?? request.Name, $"Create {request.Type} group '{request.Name}'")) return;
            StartInOrder("create", null, async (output, cancellationToken) =>
            {
                ChatGroup group = await GroupWrites.CreateAsync(ActiveSession, request, Log, cancellationToken).ConfigureAwait(false);
                await output.DeliverAsync(1, () => WriteObject(group)).ConfigureAwait(false);
            });
        }
    }
}
