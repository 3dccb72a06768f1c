using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Friends.Wire;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Friends
{
    /// <summary>
    /// A user's friend lists (group_get, group_add, group_delete; profile-sns spec §3.15-§3.17): the Tag_SNS_IM_Group
    /// values that sort the user's friends. Not group chats. At most 32 lists per user and per request.
    /// </summary>
    public static class FriendGroups
    {
        /// <summary>The user's lists with their friends (NeedFriend Yes), those named in <paramref name="names"/> or all.</summary>
        public static async Task<IReadOnlyList<ChatFriendGroup>> GetAsync(ChatSession session, string account, IReadOnlyList<string>? names,
            ChatLog log, CancellationToken cancellationToken)
        {
            var request = new FriendListRequest
            {
                FromAccount = AccountIds.Validate(account), NeedFriend = "Need_Friend_Type_Yes",
                GroupName = names == null || names.Count == 0 ? null : FriendValues.GroupNames(names),
            };
            var response = await session.Transport.SendAsync<FriendListRequest, FriendListResponse>(FriendCommands.GroupGet, request, log, cancellationToken).ConfigureAwait(false);
            return (response.ResultItem ?? new WireFriendList[0]).Select(list => new ChatFriendGroup
            {
                Account = account,
                Name = list.GroupName ?? string.Empty,
                Friends = new ChatValueList<string>(list.ToAccount.ValueKind == JsonValueKind.Array
                    ? list.ToAccount.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList() : new List<string>()),
            }).ToList();
        }

        /// <summary>
        /// Creates the lists (an existing name is kept) and puts <paramref name="friends"/> in every one of them; returns the
        /// lists as created, and the friends that could not be put in them (32216: not a friend) as failed changes.
        /// </summary>
        public static async Task<(IReadOnlyList<ChatFriendGroup> Groups, IReadOnlyList<ChatFriendChange> Failed)> AddAsync(ChatSession session, string account,
            IReadOnlyList<string> names, IReadOnlyList<string> friends, ChatLog log, CancellationToken cancellationToken)
        {
            string[] checkedNames = FriendValues.GroupNames(names);
            foreach (string friend in friends) AccountIds.Validate(friend, "friend");
            var request = new FriendListRequest { FromAccount = AccountIds.Validate(account), GroupName = checkedNames, ToAccount = friends.Count == 0 ? null : friends.ToArray() };
            var response = await session.Transport.SendAsync<FriendListRequest, FriendListResponse>(FriendCommands.GroupAdd, request, log, cancellationToken).ConfigureAwait(false);
            var failed = new List<ChatFriendChange>();
            var added = new List<string>();
            var results = (response.ResultItem ?? new WireFriendList[0]).ToDictionary(r => r.ToAccount.ValueKind == JsonValueKind.String ? r.ToAccount.GetString() ?? "" : "", r => r);
            foreach (string friend in friends)
            {
                if (results.TryGetValue(friend, out var result) && (result.ResultCode ?? 0) != 0)
                {
                    var change = new ChatFriendChange { Account = account, Friend = friend, Action = "Group", Result = ChatFriendResults.Failed, ResultCode = result.ResultCode!.Value,
                        ResultInfo = session.Redactor.Redact(result.ResultInfo ?? string.Empty) };
                    change.Failure = ChatErrorCatalog.Failure(FriendCommands.GroupAdd.Name, change.ResultCode, change.ResultInfo, null, change);
                    failed.Add(change);
                }
                else added.Add(friend);
            }
            var groups = checkedNames.Select(name => new ChatFriendGroup { Account = account, Name = name, Friends = new ChatValueList<string>(added) }).ToList();
            return (groups, failed);
        }

        /// <summary>Deletes the lists; their friends stay friends. A name the user does not have is ignored by Tencent (UNCONFIRMED).</summary>
        public static async Task DeleteAsync(ChatSession session, string account, IReadOnlyList<string> names, ChatLog log, CancellationToken cancellationToken)
        {
            var request = new FriendListRequest { FromAccount = AccountIds.Validate(account), GroupName = FriendValues.GroupNames(names) };
            await session.Transport.SendAsync<FriendListRequest, FriendListResponse>(FriendCommands.GroupDelete, request, log, cancellationToken).ConfigureAwait(false);
        }
    }
}
