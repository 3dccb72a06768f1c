using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Friends.Wire;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Friends
{
    /// <summary>
    /// friend_check and black_list_check (profile-sns spec §3.8, §3.14): up to 1000 targets of one owner per request, one
    /// relation each in request order, Tencent's value without its prefix (CheckResult_Type_BothWay is BothWay,
    /// BlackCheckResult_Type_NO is NO). Relation is read only when ResultCode is 0: a failed item's NoRelation means nothing.
    /// </summary>
    public static class FriendChecks
    {
        public const int MaxTargetsPerRequest = 1000;

        public static async Task<IReadOnlyList<ChatFriendRelation>> CheckFriendsAsync(ChatSession session, string account, IReadOnlyList<string> friends, bool both,
            ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(friends, FriendCommands.FriendCheck, "friends");
            var relations = friends.Select(f => new ChatFriendRelation { Account = account, Friend = f }).ToList();
            var request = new TargetsRequest { FromAccount = account, ToAccount = friends.ToArray(), CheckType = both ? "CheckResult_Type_Both" : "CheckResult_Type_Single" };
            try
            {
                var response = await session.Transport.SendAsync<TargetsRequest, FriendCheckResponse>(FriendCommands.FriendCheck, request, log, cancellationToken).ConfigureAwait(false);
                Read(session, FriendCommands.FriendCheck.Name, new TargetResults(response.InfoItem), relations, r => r.Friend, "CheckResult_Type_",
                    (r, relation) => r.Relation = relation, (r, failure) => r.Failure = failure);
            }
            catch (ChatAdminException e) when (!e.IsSessionWide)
            {
                foreach (var relation in relations) relation.Failure = e;
            }
            return relations;
        }

        public static async Task<IReadOnlyList<ChatBlockRelation>> CheckBlocksAsync(ChatSession session, string account, IReadOnlyList<string> users, bool both,
            ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(users, FriendCommands.BlackListCheck, "users");
            var relations = users.Select(u => new ChatBlockRelation { Account = account, User = u }).ToList();
            var request = new TargetsRequest { FromAccount = account, ToAccount = users.ToArray(), CheckType = both ? "BlackCheckResult_Type_Both" : "BlackCheckResult_Type_Single" };
            try
            {
                var response = await session.Transport.SendAsync<TargetsRequest, BlackListCheckResponse>(FriendCommands.BlackListCheck, request, log, cancellationToken).ConfigureAwait(false);
                Read(session, FriendCommands.BlackListCheck.Name, new TargetResults(response.BlackListCheckItem), relations, r => r.User, "BlackCheckResult_Type_",
                    (r, relation) => r.Relation = relation, (r, failure) => r.Failure = failure);
            }
            catch (ChatAdminException e) when (!e.IsSessionWide)
            {
                foreach (var relation in relations) relation.Failure = e;
            }
            return relations;
        }

        private static void Read<T>(ChatSession session, string command, TargetResults results, IEnumerable<T> relations, Func<T, string> target, string prefix,
            Action<T, string> setRelation, Action<T, ChatAdminException> setFailure) where T : class
        {
            foreach (T relation in relations)
            {
                WireTargetResult? result = results.Take(target(relation));
                if (result == null)
                    setFailure(relation, new ChatProtocolException("MissingItemResult", $"{command} succeeded but its answer has no result for {relation}.") { Target = relation });
                else if ((result.ResultCode ?? 0) != 0)
                    setFailure(relation, ChatErrorCatalog.Failure(command, result.ResultCode!.Value, session.Redactor.Redact(result.ResultInfo ?? string.Empty), null, relation));
                else
                {
                    string value = result.Relation ?? string.Empty;
                    setRelation(relation, value.StartsWith(prefix, StringComparison.Ordinal) ? value.Substring(prefix.Length) : value);
                }
            }
        }
    }
}
