using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Changes group chats' profiles: name, introduction, notice, avatar, member cap, join options, mute-all, custom fields.</summary>
    /// <remarks>
    /// <para>
    /// Sends modify_group_base_info, one group per request, up to -ThrottleLimit groups at once, and writes a
    /// ChatGroupChange per group in input order (a failure is an error whose target pipes back). Only the fields given are
    /// sent: parameters bind by property name, so ChatGroup objects (edited, or from Export-Csv and Import-Csv) change
    /// exactly what they carry; an empty cell is no value, except that an empty Introduction, Notification or FaceUrl clears
    /// it. -MuteAll lets only the owner and admins speak (-MuteAll:$false lifts it). In AppDefinedData, Key= (an empty
    /// value) deletes that key.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Set-ChatGroup -GroupId team -Notification 'Maintenance on Friday 22:00 UTC' -MuteAll
    /// </code>
    /// Posts a notice and lets only the owner and admins speak.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroup -GroupId team | Export-Csv team.csv -NoTypeInformation
    /// Import-Csv team.csv | ForEach-Object { $_.Name = 'Support team (EU)'; $_ } | Set-ChatGroup
    /// </code>
    /// Edits a group through a CSV round trip: the row's fields are sent as they are.
    /// </example>
    /// <example>
    /// <code>
    /// Set-ChatGroup -GroupId team -MuteAll:$false -WhatIf
    /// </code>
    /// Shows what would change and sends nothing.
    /// </example>
    /// <seealso cref="GetChatGroupCommand"/>
    /// <seealso cref="SetChatGroupOwnerCommand"/>
    [Cmdlet(VerbsCommon.Set, "ChatGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatGroupChange))]
    public sealed class SetChatGroupCommand : GroupCmdlet
    {
        /// <summary>The group to change; binds GroupId by property name.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string GroupId { get; set; } = string.Empty;

        /// <summary>The new name (1 to 100 bytes of UTF-8); an empty cell leaves it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Name { get; set; }

        /// <summary>The introduction; "" clears it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Introduction { get; set; }

        /// <summary>The notice board text; "" clears it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Notification { get; set; }

        /// <summary>The avatar URL; "" clears it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? FaceUrl { get; set; }

        /// <summary>The member cap (MaxMemberNum); not below the current member count. Ignored for an AVChatRoom.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        public int? MaxMemberCount { get; set; }

        /// <summary>FreeAccess, NeedPermission or DisableApply.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? ApplyJoinOption { get; set; }

        /// <summary>FreeAccess, NeedPermission or DisableInvite (not for an AVChatRoom).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? InviteJoinOption { get; set; }

        /// <summary>
        /// Only the owner and admins may speak (MuteAllMember On); -MuteAll:$false lifts it. Binds a ChatGroup's MuteAll and a
        /// CSV cell True/False; left out (or an empty cell), the setting is not sent.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTextTransformation]
        public SwitchParameter MuteAll { get; set; }

        /// <summary>Custom fields as Key=Value items; Key= deletes that key. One text is read as a CSV cell.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValueListTransformation]
        [AllowNull]
        public string[]? AppDefinedData { get; set; }

        protected override string ProgressItemName => "groups";

        protected override void Process()
        {
            Client.Groups.Wire.ModifyGroupBaseInfoRequest request;
            try
            {
                request = GroupWrites.ModifyRequest(new ChatGroupDefinition
                {
                    GroupId = GroupId,
                    Name = string.IsNullOrEmpty(Name) ? null : Name,
                    Introduction = Introduction,
                    Notification = Notification,
                    FaceUrl = FaceUrl,
                    MaxMemberCount = MaxMemberCount,
                    ApplyJoinOption = string.IsNullOrEmpty(ApplyJoinOption) ? null : ApplyJoinOption,
                    InviteJoinOption = string.IsNullOrEmpty(InviteJoinOption) ? null : InviteJoinOption,
                    MuteAll = MyInvocation.BoundParameters.ContainsKey(nameof(MuteAll)) ? MuteAll.IsPresent : (bool?)null,
                    AppDefinedData = AppDefinedData,
                });
            }
            catch (ChatInputException e)
            {
                WriteItemError(e, e.Target ?? GroupId);
                return;
            }
            if (!ShouldProcessItem(request.GroupId, "Change the group's profile", new ChatGroupChange { GroupId = request.GroupId, Action = GroupWrites.Modify })) return;
            StartGroupWrite(cancellationToken => GroupWrites.ModifyAsync(ActiveSession, request, Log, cancellationToken));
        }
    }
}
