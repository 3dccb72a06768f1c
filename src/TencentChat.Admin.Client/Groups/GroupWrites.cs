using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Groups
{
    /// <summary>
    /// The group writes: create_group (then get_group_info, so the caller gets the ChatGroup), modify_group_base_info,
    /// destroy_group and change_group_owner (group spec §3.2-§3.5, §3.13). Input is checked before anything is sent.
    /// </summary>
    public static class GroupWrites
    {
        public const string Modify = "Modify";
        public const string Remove = "Remove";
        public const string ChangeOwner = "ChangeOwner";

        /// <summary>
        /// Checks a New-ChatGroup definition: Name, a custom GroupId by §2.3's rules, the options; members and admins
        /// must be valid UserIDs, at most 100 in all (create_group's MemberList), and none for an AVChatRoom.
        /// </summary>
        internal static CreateGroupRequest CreateRequest(ChatGroupDefinition definition)
        {
            var request = new CreateGroupRequest
            {
                Type = definition.Type.ToString(),
                Name = GroupInput.Name(definition.Name),
                GroupId = definition.GroupId == null ? null : GroupIds.ValidateCustom(definition.GroupId, definition.Type == ChatGroupType.Community),
                OwnerAccount = definition.Owner == null ? null : AccountIds.Validate(definition.Owner),
                Introduction = definition.Introduction,
                Notification = definition.Notification,
                FaceUrl = definition.FaceUrl,
                MaxMemberCount = definition.MaxMemberCount,
                ApplyJoinOption = GroupInput.ApplyJoinOption(definition.ApplyJoinOption),
                InviteJoinOption = GroupInput.InviteJoinOption(definition.InviteJoinOption),
                AppDefinedData = GroupWire.ToWire(definition.AppDefinedData),
            };
            var members = definition.Admins.Select(a => new WireNewMember { MemberAccount = AccountIds.Validate(a), Role = "Admin" })
                .Concat(definition.Members.Select(m => new WireNewMember { MemberAccount = AccountIds.Validate(m) }))
                .GroupBy(m => m.MemberAccount, System.StringComparer.Ordinal).Select(g => g.First()).ToArray();
            if (members.Length > 0 && !GroupTypeRefusal.Supports(definition.Type, GroupTypeRefusal.Feature.AddMembers))
                throw new ChatInputException(GroupErrors.TypeNotSupported, $"Adding members is not supported for {definition.Type} groups: create the AVChatRoom without -Member and -Admin.", definition.Name);
            if (members.Length > CreateGroupRequest.MaxMembers)
                throw new ChatInputException("InvalidBatchSize",
                    $"create_group takes at most {CreateGroupRequest.MaxMembers} members; create the group with fewer, then add the rest with Add-ChatGroupMember.", members.Length);
            request.MemberList = members.Length == 0 ? null : members;
            return request;
        }

        /// <summary>Creates the group and reads it back: one create_group and one get_group_info.</summary>
        internal static async Task<ChatGroup> CreateAsync(ChatSession session, CreateGroupRequest request, ChatLog log, CancellationToken cancellationToken)
        {
            var response = await session.Transport.SendAsync<CreateGroupRequest, CreateGroupResponse>(
                GroupCommands.CreateGroup, request, log, cancellationToken).ConfigureAwait(false);
            string groupId = response.GroupId ?? request.GroupId
                ?? throw new ChatProtocolException("InvalidResponse", "create_group succeeded but its answer has no GroupId.");
            log.Verbose($"create_group: '{groupId}' ({request.Type}).");
            var results = await GroupProfiles.GetAsync(session, new[] { groupId }, log, cancellationToken).ConfigureAwait(false);
            return results[0].Group ?? throw results[0].Failure!;
        }

        /// <summary>Checks a Set-ChatGroup definition; NoGroupChange when it carries no field.</summary>
        internal static ModifyGroupBaseInfoRequest ModifyRequest(ChatGroupDefinition definition)
        {
            string groupId = GroupIds.Validate(definition.GroupId);
            if (definition.IsEmpty)
                throw new ChatInputException("NoGroupChange", $"Nothing to change for the group '{groupId}': give a field such as -Name or -MuteAll.", groupId);
            return new ModifyGroupBaseInfoRequest
            {
                GroupId = groupId,
                Name = definition.Name == null ? null : GroupInput.Name(definition.Name),
                Introduction = definition.Introduction,
                Notification = definition.Notification,
                FaceUrl = definition.FaceUrl,
                MaxMemberNum = definition.MaxMemberCount,
                ApplyJoinOption = GroupInput.ApplyJoinOption(definition.ApplyJoinOption),
                InviteJoinOption = GroupInput.InviteJoinOption(definition.InviteJoinOption),
                MuteAllMember = definition.MuteAll == null ? null : definition.MuteAll.Value ? "On" : "Off",
                AppDefinedData = GroupWire.ToWire(definition.AppDefinedData),
            };
        }

        internal static Task<ChatGroupChange> ModifyAsync(ChatSession session, ModifyGroupBaseInfoRequest request, ChatLog log, CancellationToken cancellationToken) =>
            SendAsync(session, GroupCommands.ModifyGroupBaseInfo, request, request.GroupId, Modify, log, cancellationToken);

        public static Task<ChatGroupChange> DestroyAsync(ChatSession session, string groupId, ChatLog log, CancellationToken cancellationToken) =>
            SendAsync(session, GroupCommands.DestroyGroup, new GroupIdRequest { GroupId = groupId }, groupId, Remove, log, cancellationToken);

        public static async Task<ChatGroupChange> ChangeOwnerAsync(ChatSession session, string groupId, string newOwner, ChatLog log, CancellationToken cancellationToken)
        {
            var change = await SendAsync(session, GroupCommands.ChangeGroupOwner, new ChangeGroupOwnerRequest { GroupId = groupId, NewOwnerAccount = newOwner },
                groupId, ChangeOwner, log, cancellationToken).ConfigureAwait(false);
            if (change.Failure != null)
                change.Failure = await GroupTypeRefusal.ExplainAsync(session, groupId, GroupTypeRefusal.Feature.ChangeOwner, change.Failure, log, cancellationToken)
                    .ConfigureAwait(false);
            return change;
        }

        /// <summary>One request for one group; a failure is carried by the change (its target), not thrown.</summary>
        private static async Task<ChatGroupChange> SendAsync<TRequest>(ChatSession session, Transport.ChatCommand command, TRequest request, string groupId,
            string action, ChatLog log, CancellationToken cancellationToken)
        {
            var change = new ChatGroupChange { GroupId = groupId, Action = action };
            try
            {
                await session.Transport.SendAsync<TRequest, EnvelopeOnlyResponse>(command, request, log, cancellationToken).ConfigureAwait(false);
                change.Succeeded = true;
                log.Verbose($"{command.Name}: '{groupId}' done.");
            }
            catch (ChatAdminException e)
            {
                (change.ResultCode, change.ResultInfo) = e.ItemResult;
                e.Target = change;
                change.Failure = e;
            }
            return change;
        }
    }
}
