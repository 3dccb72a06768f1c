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

namespace TencentChat.Admin.Client.Groups
{
    /// <summary>One member asked for by account: the member, or why there is none.</summary>
    public sealed class GroupMemberLookup
    {
        internal GroupMemberLookup(string groupId, string account, ChatGroupMember? member, ChatAdminException? failure)
        {
            GroupId = groupId;
            Account = account;
            Member = member;
            Failure = failure;
        }

        public string GroupId { get; }
        public string Account { get; }
        public ChatGroupMember? Member { get; }
        public ChatAdminException? Failure { get; }
    }

    /// <summary>
    /// Named members (get_specified_group_member_info, group spec §3.8, 50 per request) and the muted members
    /// (get_group_muted_account, §3.18, not paged).
    /// </summary>
    public static class GroupMemberQueries
    {
        public const int MaxAccountsPerRequest = GetSpecifiedGroupMemberInfoRequest.MaxItems;

        /// <summary>
        /// One result per account, in order: the member, or ChatGroupMemberNotFound for an account that is not a member (Tencent
        /// leaves those out, UNCONFIRMED). An AVChatRoom has no member list: GroupTypeNotSupported.
        /// </summary>
        public static async Task<IReadOnlyList<GroupMemberLookup>> GetAsync(ChatSession session, string groupId, IReadOnlyList<string> accounts,
            ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(accounts, GroupCommands.GetSpecifiedGroupMemberInfo, "members");
            var request = new GetSpecifiedGroupMemberInfoRequest { GroupId = groupId, MemberListAccount = accounts.Distinct(System.StringComparer.Ordinal).ToArray() };
            GetSpecifiedGroupMemberInfoResponse response;
            try
            {
                response = await session.Transport.SendAsync<GetSpecifiedGroupMemberInfoRequest, GetSpecifiedGroupMemberInfoResponse>(
                    GroupCommands.GetSpecifiedGroupMemberInfo, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                throw await GroupTypeRefusal.ExplainAsync(session, groupId, GroupTypeRefusal.Feature.MemberList, e, log, cancellationToken).ConfigureAwait(false);
            }
            var byAccount = new Dictionary<string, WireMember>(System.StringComparer.Ordinal);
            foreach (var member in response.MemberList ?? new WireMember[0])
                if (member.MemberAccount != null && !byAccount.ContainsKey(member.MemberAccount)) byAccount.Add(member.MemberAccount, member);
            return accounts.Select(account => byAccount.TryGetValue(account, out WireMember? member)
                ? new GroupMemberLookup(groupId, account, GroupWire.ToMember(groupId, member), null)
                : new GroupMemberLookup(groupId, account, null, new ChatInputException(GroupErrors.MemberNotFound,
                    $"'{account}' is not a member of the group '{groupId}'.", account, ChatErrorKind.ObjectNotFound))).ToList();
        }

        /// <summary>The group's muted members with their mute's end (MutedAccountList, or the legacy ShuttedUinList).</summary>
        public static async Task<IReadOnlyList<ChatGroupMember>> GetMutedAsync(ChatSession session, string groupId, ChatLog log, CancellationToken cancellationToken)
        {
            var response = await session.Transport.SendAsync<GroupIdRequest, GetGroupMutedAccountResponse>(
                GroupCommands.GetGroupMutedAccount, new GroupIdRequest { GroupId = groupId }, log, cancellationToken).ConfigureAwait(false);
            var list = response.MutedAccountList ?? response.ShuttedUinList ?? new WireMutedAccount[0];
            return list.Where(m => m.MemberAccount != null)
                .Select(m => new ChatGroupMember { GroupId = groupId, Account = m.MemberAccount!, MutedUntil = GroupWire.Time(m.MutedUntil ?? m.ShuttedUntil) })
                .ToList();
        }
    }
}
