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
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Friends
{
    /// <summary>One friend of a write, checked: the change it reports and what its request item carries.</summary>
    public sealed class FriendItem
    {
        internal FriendItem(ChatFriendChange change) => Change = change;

        public ChatFriendChange Change { get; }

        public string Friend => Change.Friend;

        internal WireAddFriend? Add { get; set; }
        internal WireImportFriend? Import { get; set; }
        internal WireTag[]? Update { get; set; }
    }

    /// <summary>
    /// The per-friend writes of one owner account (profile-sns spec §3.3-§3.6, §3.11, §3.12): each takes up to its
    /// command's items per call and returns one <see cref="ChatFriendChange"/> per friend in request order. A ResultCode
    /// that is an outcome is a result, not a failure: 30520 AlreadyFriend, 30539 Pending, 31307 (or 30001 "_Already_Exist",
    /// the doc's sample) AlreadyBlocked, 31704 on a delete NotFriend. Another ResultCode fails that friend alone with its
    /// ErrorId, targeting the change; a request that fails as a whole fails every friend of it, unless the failure is
    /// session-wide, which is thrown.
    /// </summary>
    public static class FriendWrites
    {
        public const string NotFriend = "NotFriend";

        /// <summary>A friend_add item: one friend list at most (friend_add's GroupName is a single string).</summary>
        public static FriendItem PrepareAdd(string account, string? friend, string? remark, IReadOnlyList<string>? groups, string? addSource, string? addWording)
        {
            var item = NewItem(account, friend, "Add");
            return Checked(item, () =>
            {
                string[] names = FriendValues.GroupNames(groups);
                if (names.Length > 1)
                    throw new ChatInputException("InvalidFriendValue", "friend_add puts a friend in one friend list at most; add it to more with Set-ChatFriend -Group, or use -Import.");
                item.Add = new WireAddFriend
                {
                    ToAccount = item.Friend, Remark = Empty(FriendValues.Remark(remark)), GroupName = names.FirstOrDefault(),
                    AddSource = FriendValues.AddSource(addSource), AddWording = Empty(FriendValues.Wording(addWording)),
                };
            });
        }

        /// <summary>A friend_import item: a full one-way row, AddTime and custom fields included.</summary>
        public static FriendItem PrepareImport(string account, string? friend, string? remark, IReadOnlyList<string>? groups, string? addSource, string? addWording,
            DateTimeOffset? addTime, IEnumerable<KeyValuePair<string, string>>? custom)
        {
            var item = NewItem(account, friend, "Import");
            return Checked(item, () =>
            {
                string[] names = FriendValues.GroupNames(groups);
                WireTag[] customItems = FriendValues.Custom(custom);
                item.Import = new WireImportFriend
                {
                    ToAccount = item.Friend, Remark = Empty(FriendValues.Remark(remark)), GroupName = names.Length == 0 ? null : names,
                    AddSource = FriendValues.AddSource(addSource), AddWording = Empty(FriendValues.Wording(addWording)),
                    AddTime = addTime?.ToUnixTimeSeconds(), CustomItem = customItems.Length == 0 ? null : customItems,
                };
            });
        }

        /// <summary>A friend_update item: Remark, the friend lists (replacing the friend's) and custom fields that are given; NoFriendChange when none is.</summary>
        public static FriendItem PrepareUpdate(string account, string? friend, string? remark, IReadOnlyList<string>? groups, IEnumerable<KeyValuePair<string, string>>? custom)
        {
            var item = NewItem(account, friend, "Update");
            return Checked(item, () =>
            {
                var tags = new List<WireTag>();
                if (remark != null) tags.Add(WireTag.Text("Tag_SNS_IM_Remark", FriendValues.Remark(remark)!));
                if (groups != null) tags.Add(WireTag.Texts("Tag_SNS_IM_Group", FriendValues.GroupNames(groups)));
                tags.AddRange(FriendValues.Custom(custom));
                item.Update = tags.Count > 0 ? tags.ToArray()
                    : throw new ChatInputException("NoFriendChange", $"Nothing to change for {InputEcho.Quote(friend)}: give -Remark, -Group or -Custom.");
            });
        }

        /// <summary>A target of friend_delete, black_list_add or black_list_delete: the UserID checked.</summary>
        public static FriendItem PrepareTarget(string account, string? friend, string action) => Checked(NewItem(account, friend, action), () => { });

        public static Task<IReadOnlyList<ChatFriendChange>> AddAsync(ChatSession session, string account, IReadOnlyList<FriendItem> items, bool both, bool force,
            ChatLog log, CancellationToken cancellationToken) =>
            SendAsync(session, FriendCommands.FriendAdd, items, new FriendAddRequest
            {
                FromAccount = account, AddFriendItem = items.Select(i => i.Add!).ToArray(),
                AddType = both ? "Add_Type_Both" : "Add_Type_Single", ForceAddFlags = force ? 1 : 0,
            }, (code, info) => code switch
            {
                0 => ChatFriendResults.Added,
                30520 => ChatFriendResults.AlreadyFriend,
                30539 => ChatFriendResults.Pending,
                _ => null,
            }, log, cancellationToken);

        public static Task<IReadOnlyList<ChatFriendChange>> ImportAsync(ChatSession session, string account, IReadOnlyList<FriendItem> items,
            ChatLog log, CancellationToken cancellationToken) =>
            SendAsync(session, FriendCommands.FriendImport, items,
                new FriendImportRequest { FromAccount = account, AddFriendItem = items.Select(i => i.Import!).ToArray() },
                (code, info) => code == 0 ? ChatFriendResults.Imported : null, log, cancellationToken);

        public static Task<IReadOnlyList<ChatFriendChange>> UpdateAsync(ChatSession session, string account, IReadOnlyList<FriendItem> items,
            ChatLog log, CancellationToken cancellationToken) =>
            SendAsync(session, FriendCommands.FriendUpdate, items,
                new FriendUpdateRequest { FromAccount = account, UpdateItem = items.Select(i => new WireUpdateFriend { ToAccount = i.Friend, SnsItem = i.Update! }).ToArray() },
                (code, info) => code == 0 ? ChatFriendResults.Updated : null, log, cancellationToken);

        /// <summary>friend_delete; DeleteType is always sent (its default is UNCONFIRMED). 31704 (not a friend) is NotFriend, so a rerun finishes without errors.</summary>
        public static Task<IReadOnlyList<ChatFriendChange>> DeleteAsync(ChatSession session, string account, IReadOnlyList<FriendItem> items, bool both,
            ChatLog log, CancellationToken cancellationToken) =>
            SendAsync(session, FriendCommands.FriendDelete, items,
                new TargetsRequest { FromAccount = account, ToAccount = items.Select(i => i.Friend).ToArray(), DeleteType = both ? "Delete_Type_Both" : "Delete_Type_Single" },
                (code, info) => code == 0 ? ChatFriendResults.Deleted : code == 31704 ? NotFriend : null, log, cancellationToken);

        /// <summary>black_list_add: 31307, or 30001 whose ResultInfo ends in _Already_Exist (the doc's sample), is AlreadyBlocked.</summary>
        public static Task<IReadOnlyList<ChatFriendChange>> BlockAsync(ChatSession session, string account, IReadOnlyList<FriendItem> items,
            ChatLog log, CancellationToken cancellationToken) =>
            SendAsync(session, FriendCommands.BlackListAdd, items,
                new TargetsRequest { FromAccount = account, ToAccount = items.Select(i => i.Friend).ToArray() },
                (code, info) => code == 0 ? ChatFriendResults.Blocked
                    : code == 31307 || (code == 30001 && info.EndsWith("_Already_Exist", StringComparison.Ordinal)) ? ChatFriendResults.AlreadyBlocked : null,
                log, cancellationToken);

        public static Task<IReadOnlyList<ChatFriendChange>> UnblockAsync(ChatSession session, string account, IReadOnlyList<FriendItem> items,
            ChatLog log, CancellationToken cancellationToken) =>
            SendAsync(session, FriendCommands.BlackListDelete, items,
                new TargetsRequest { FromAccount = account, ToAccount = items.Select(i => i.Friend).ToArray() },
                (code, info) => code == 0 ? ChatFriendResults.Unblocked : null, log, cancellationToken);

        /// <summary>friend_delete_all; with <paramref name="both"/> the account also leaves every friend's table.</summary>
        public static async Task<ChatFriendChange> DeleteAllAsync(ChatSession session, string account, bool both, ChatLog log, CancellationToken cancellationToken)
        {
            var change = new ChatFriendChange { Account = AccountIds.Validate(account), Friend = "*", Action = "DeleteAll", Result = ChatFriendResults.Deleted };
            try
            {
                await session.Transport.SendAsync<FriendDeleteAllRequest, EnvelopeOnlyResponse>(FriendCommands.FriendDeleteAll,
                    new FriendDeleteAllRequest { FromAccount = account, DeleteType = both ? "Delete_Type_Both" : "Delete_Type_Single" }, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e) when (!e.IsSessionWide)
            {
                Fail(change, e, FriendCommands.FriendDeleteAll.Name);
            }
            return change;
        }

        private static FriendItem NewItem(string account, string? friend, string action) =>
            new FriendItem(new ChatFriendChange { Account = account, Friend = friend ?? string.Empty, Action = action });

        private static FriendItem Checked(FriendItem item, Action check)
        {
            try
            {
                AccountIds.Validate(item.Change.Account);
                AccountIds.Validate(item.Change.Friend, "friend");
                check();
            }
            catch (ChatInputException e)
            {
                e.Target = item.Change;
                throw;
            }
            return item;
        }

        private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

        private static async Task<IReadOnlyList<ChatFriendChange>> SendAsync<TRequest>(ChatSession session, ChatCommand command, IReadOnlyList<FriendItem> items,
            TRequest request, Func<int, string, string?> outcome, ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(items, command, "friends");
            var changes = items.Select(i => i.Change).ToList();
            ResultItemResponse response;
            try
            {
                response = await session.Transport.SendAsync<TRequest, ResultItemResponse>(command, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e) when (!e.IsSessionWide)
            {
                foreach (var change in changes) Fail(change, e, command.Name);
                return changes;
            }
            var results = new TargetResults(response.ResultItem);
            foreach (var change in changes)
            {
                WireTargetResult? result = results.Take(change.Friend);
                if (result == null)
                {
                    change.Result = ChatFriendResults.Failed;
                    change.ResultInfo = "The answer has no result for this friend.";
                    change.Failure = new ChatProtocolException("MissingItemResult", $"{command.Name} succeeded but its answer has no result for {change}.") { Target = change };
                    continue;
                }
                change.ResultCode = result.ResultCode ?? 0;
                change.ResultInfo = session.Redactor.Redact(result.ResultInfo ?? string.Empty);
                string? done = outcome(change.ResultCode, change.ResultInfo);
                if (done != null) change.Result = done;
                else
                {
                    change.Result = ChatFriendResults.Failed;
                    change.Failure = ChatErrorCatalog.Failure(command.Name, change.ResultCode, change.ResultInfo, null, change);
                }
            }
            log.Verbose($"{command.Name} for {changes[0].Account}: {string.Join(", ", changes.GroupBy(c => c.Result).Select(g => g.Count() + " " + g.Key))}.");
            return changes;
        }

        private static void Fail(ChatFriendChange change, ChatAdminException e, string command)
        {
            change.Result = ChatFriendResults.Failed;
            (change.ResultCode, change.ResultInfo) = e.ItemResult;
            change.Failure = e is ChatApiException api ? ChatErrorCatalog.Failure(command, api.ErrorCode, api.ErrorInfo, api.ErrorDisplay, change) : e;
        }
    }

    /// <summary>Per-target results matched by To_Account, not position (no page promises the order); a target sent twice takes its results in order.</summary>
    internal sealed class TargetResults
    {
        private readonly Dictionary<string, Queue<WireTargetResult>> _byTarget = new Dictionary<string, Queue<WireTargetResult>>(StringComparer.Ordinal);
        private readonly Dictionary<string, WireTargetResult> _last = new Dictionary<string, WireTargetResult>(StringComparer.Ordinal);

        public TargetResults(IEnumerable<WireTargetResult>? results)
        {
            foreach (var result in results ?? Enumerable.Empty<WireTargetResult>())
            {
                if (result.ToAccount == null) continue;
                if (!_byTarget.TryGetValue(result.ToAccount, out var queue)) _byTarget[result.ToAccount] = queue = new Queue<WireTargetResult>();
                queue.Enqueue(result);
            }
        }

        public WireTargetResult? Take(string target)
        {
            if (_byTarget.TryGetValue(target, out var queue) && queue.Count > 0) return _last[target] = queue.Dequeue();
            return _last.TryGetValue(target, out var last) ? last : null;
        }
    }
}
