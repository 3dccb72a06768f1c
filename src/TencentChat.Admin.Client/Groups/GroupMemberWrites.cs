using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Groups
{
    /// <summary>
    /// The member writes of one group, one request each, one <see cref="ChatGroupMemberChange"/> per account in the order
    /// given: add_group_member (20 per request, the newest documented maximum; per-member Result), delete_group_member
    /// (100), forbid_send_msg (500) and modify_group_member_info (one member). A request that fails as a whole fails each of
    /// its members with that failure; a refusal because of the group's type becomes GroupTypeNotSupported naming the type.
    /// The accounts must have passed AccountIds.Validate and the GroupId GroupIds.Validate.
    /// </summary>
    public static class GroupMemberWrites
    {
        public const int MaxAddsPerRequest = AddGroupMemberRequest.MaxItems;
        public const int MaxRemovalsPerRequest = DeleteGroupMemberRequest.MaxItems;
        public const int MaxMutesPerRequest = ForbidSendMsgRequest.MaxItems;

        /// <summary>The longest mute: 4294967295 seconds, which Tencent reads as permanent.</summary>
        public static readonly TimeSpan PermanentMute = TimeSpan.FromSeconds(uint.MaxValue);

        private static readonly ChatErrorDefinition NotAddedDefinition =
            new ChatErrorDefinition("GroupMemberNotAdded", ChatErrorKind.InvalidData, RetryClass.Never,
                "Tencent gives no reason (Result 0): check that the account is imported (Test-ChatAccount), is not banned from the group, and is under its joined-group cap.");

        internal static void RegisterAdvice(ChatErrorCodes codes) => codes.Advice(NotAddedDefinition.ErrorId, NotAddedDefinition.Advice);

        public static async Task<IReadOnlyList<ChatGroupMemberChange>> AddAsync(ChatSession session, string groupId, IReadOnlyList<string> accounts,
            bool silent, ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(accounts, GroupCommands.AddGroupMember, "members");
            var changes = Changes(groupId, accounts);
            var request = new AddGroupMemberRequest
            {
                GroupId = groupId,
                Silence = silent ? 1 : (int?)null,
                MemberList = accounts.Select(a => new WireMemberAccount { MemberAccount = a }).ToArray(),
            };
            MemberResultResponse response;
            try
            {
                response = await session.Transport.SendAsync<AddGroupMemberRequest, MemberResultResponse>(
                    GroupCommands.AddGroupMember, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                return await FailedAsync(session, changes, e, GroupTypeRefusal.Feature.AddMembers, log, cancellationToken).ConfigureAwait(false);
            }

            // One Result per member in request order; a member given twice is answered once per mention (read in order).
            var results = new Dictionary<string, Queue<int?>>(StringComparer.Ordinal);
            foreach (var item in response.MemberList ?? new WireMemberResult[0])
                if (item.MemberAccount != null)
                {
                    if (!results.TryGetValue(item.MemberAccount, out var queue)) results[item.MemberAccount] = queue = new Queue<int?>();
                    queue.Enqueue(item.Result);
                }
            foreach (var change in changes)
            {
                int? result = results.TryGetValue(change.Account, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
                switch (result)
                {
                    case 1: change.Result = ChatGroupMemberResult.Added; break;
                    case 2: change.Result = ChatGroupMemberResult.AlreadyMember; break;
                    case 3: change.Result = ChatGroupMemberResult.Pending; break;
                    case 0:
                        Fail(change, new ChatApiException(NotAddedDefinition, GroupCommands.AddGroupMember.Name, 0, "Result 0.", null,
                            $"add_group_member did not add {change.Account} to '{groupId}': Tencent answered Result 0 and gives no reason."));
                        break;
                    case null:
                        Fail(change, new ChatProtocolException("MissingItemResult", $"add_group_member succeeded but its answer has no Result for {change}."));
                        break;
                    default:
                        Fail(change, new ChatProtocolException("InvalidMemberResult", $"add_group_member answered {change} with the undocumented Result {result}."));
                        break;
                }
            }
            log.Verbose($"add_group_member '{groupId}': {changes.Count(c => c.Result == ChatGroupMemberResult.Added)} added of {changes.Count}.");
            return changes;
        }

        public static async Task<IReadOnlyList<ChatGroupMemberChange>> RemoveAsync(ChatSession session, string groupId, IReadOnlyList<string> accounts,
            string? reason, bool silent, ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(accounts, GroupCommands.DeleteGroupMember, "members");
            var request = new DeleteGroupMemberRequest { GroupId = groupId, Reason = reason, Silence = silent ? 1 : (int?)null, MemberToDelAccount = accounts.ToArray() };
            return await EnvelopeAsync(session, GroupCommands.DeleteGroupMember, request, Changes(groupId, accounts), ChatGroupMemberResult.Removed,
                GroupTypeRefusal.Feature.RemoveMembers, log, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Mutes the members for <paramref name="duration"/> (whole seconds; zero unmutes, <see cref="PermanentMute"/> is permanent).</summary>
        public static async Task<IReadOnlyList<ChatGroupMemberChange>> MuteAsync(ChatSession session, string groupId, IReadOnlyList<string> accounts,
            TimeSpan duration, ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(accounts, GroupCommands.ForbidSendMsg, "members");
            var request = new ForbidSendMsgRequest { GroupId = groupId, MembersAccount = accounts.ToArray(), MuteTime = MuteSeconds(duration) };
            return await EnvelopeAsync(session, GroupCommands.ForbidSendMsg, request, Changes(groupId, accounts),
                request.MuteTime == 0 ? ChatGroupMemberResult.Unmuted : ChatGroupMemberResult.Muted, GroupTypeRefusal.Feature.MuteMembers, log, cancellationToken)
                .ConfigureAwait(false);
        }

        /// <summary>One member's role, name card, message flag and/or mute (modify_group_member_info); null fields are not sent.</summary>
        public static async Task<ChatGroupMemberChange> ModifyAsync(ChatSession session, string groupId, string account, ChatGroupRole? role, string? nameCard,
            string? messageFlag, TimeSpan? mute, ChatLog log, CancellationToken cancellationToken)
        {
            var request = ModifyRequest(groupId, account, role, nameCard, messageFlag, mute);
            GroupTypeRefusal.Feature feature = role == ChatGroupRole.Admin ? GroupTypeRefusal.Feature.Admins : GroupTypeRefusal.Feature.MuteMembers;
            var changes = await EnvelopeAsync(session, GroupCommands.ModifyGroupMemberInfo, request, Changes(groupId, new[] { account }),
                ChatGroupMemberResult.Changed, feature, log, cancellationToken).ConfigureAwait(false);
            return changes[0];
        }

        /// <summary>Checks a modify_group_member_info change before anything is sent (NoGroupMemberChange, InvalidGroupRole, InvalidGroupOption, InvalidMuteDuration).</summary>
        internal static ModifyGroupMemberInfoRequest ModifyRequest(string groupId, string account, ChatGroupRole? role, string? nameCard, string? messageFlag, TimeSpan? mute)
        {
            if (role == null && nameCard == null && messageFlag == null && mute == null)
                throw new ChatInputException("NoGroupMemberChange", $"Nothing to change for {account} in '{groupId}': give -Role, -NameCard, -MessageFlag or -MuteFor.", account);
            return new ModifyGroupMemberInfoRequest
            {
                GroupId = groupId,
                MemberAccount = account,
                Role = role == null ? null : GroupInput.Role(role.Value),
                NameCard = nameCard,
                MsgFlag = GroupInput.MessageFlag(messageFlag),
                MuteTime = mute == null ? (uint?)null : MuteSeconds(mute.Value),
            };
        }

        /// <summary>A mute duration as MuteTime seconds; negative or beyond the permanent mute is InvalidMuteDuration.</summary>
        public static uint MuteSeconds(TimeSpan duration) =>
            duration < TimeSpan.Zero || duration > PermanentMute
                ? throw new ChatInputException("InvalidMuteDuration", $"-MuteFor {duration} is outside 0 (unmute) to {uint.MaxValue} seconds (permanent).", duration)
                : (uint)Math.Ceiling(duration.TotalSeconds);

        private static List<ChatGroupMemberChange> Changes(string groupId, IReadOnlyList<string> accounts) =>
            accounts.Select(a => new ChatGroupMemberChange { GroupId = groupId, Account = a }).ToList();

        private static async Task<IReadOnlyList<ChatGroupMemberChange>> EnvelopeAsync<TRequest>(ChatSession session, ChatCommand command, TRequest request,
            List<ChatGroupMemberChange> changes, ChatGroupMemberResult done, GroupTypeRefusal.Feature feature, ChatLog log, CancellationToken cancellationToken)
        {
            try
            {
                await session.Transport.SendAsync<TRequest, EnvelopeOnlyResponse>(command, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                return await FailedAsync(session, changes, e, feature, log, cancellationToken).ConfigureAwait(false);
            }
            foreach (var change in changes) change.Result = done;
            log.Verbose($"{command.Name} '{changes[0].GroupId}': {changes.Count} members {done}.");
            return changes;
        }

        private static async Task<IReadOnlyList<ChatGroupMemberChange>> FailedAsync(ChatSession session, List<ChatGroupMemberChange> changes, ChatAdminException failure,
            GroupTypeRefusal.Feature feature, ChatLog log, CancellationToken cancellationToken)
        {
            ChatAdminException explained = await GroupTypeRefusal.ExplainAsync(session, changes[0].GroupId, feature, failure, log, cancellationToken).ConfigureAwait(false);
            foreach (var change in changes) Fail(change, explained);
            return changes;
        }

        private static void Fail(ChatGroupMemberChange change, ChatAdminException failure)
        {
            change.Result = ChatGroupMemberResult.Failed;
            (change.ResultCode, change.ResultInfo) = failure.ItemResult;
            change.Failure = failure;
        }
    }
}
