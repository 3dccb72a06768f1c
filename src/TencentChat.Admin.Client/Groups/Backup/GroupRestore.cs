using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Messages;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Groups.Backup
{
    /// <summary>What restoring one backup file did: its summary and every member and message that failed.</summary>
    public sealed class GroupRestoreResult
    {
        internal GroupRestoreResult(ChatGroupImport import) => Import = import;

        public ChatGroupImport Import { get; }

        public List<ChatGroupImportItem> Failures { get; } = new List<ChatGroupImportItem>();
    }

    /// <summary>
    /// Recreates one group from its backup file (group spec §3.6, §3.12, §3.29): import_group with the profile and the
    /// original CreateTime, import_group_member 20 at a time keeping each JoinTime and the Admin role (the owner comes with
    /// import_group), then each member's name card, message flag and mute with one modify_group_member_info (only for members
    /// that have any), the group's mute-all with modify_group_base_info, then import_group_msg 7 at a time in ascending seq
    /// order, keeping each sender, time and Random. A mute is restored for the time it had left (its end stays the same).
    /// </summary>
    /// <remarks>
    /// Resumable, without duplicates:
    /// <list type="bullet">
    /// <item>the group: a custom GroupId is imported as it was, and "GroupId in use" (10021, 10025) on a rerun means an
    /// earlier run made it; a server-assigned @TGS# id cannot be imported (§2.3), so the new id Tencent gives is written
    /// next to the file (&lt;file&gt;.restore) at once, and a rerun goes on in that group;</item>
    /// <item>members: import_group_member answers 2 for one already there;</item>
    /// <item>messages: they can only be imported after the group's newest message (§3.29), so the ones already imported
    /// are a prefix of the file's; a rerun reads the group's newest message, finds it in the file by sender, time and
    /// Random, and goes on after it. When a request fails as a whole, its messages and every later one of the file are
    /// reported failed (importing a later one would shut the earlier ones out for good) and a rerun picks them up.</item>
    /// </list>
    /// </remarks>
    public static class GroupRestore
    {
        public const string Member = "Member";
        public const string Message = "Message";
        public const string Group = "Group";

        public static async Task<GroupRestoreResult> RestoreAsync(ChatSession session, string path, ChatLog log, CancellationToken cancellationToken)
        {
            GroupBackupFile backup = GroupBackupFiles.Read(path);
            var run = new RestoreRun(session, path, backup, log);
            if (!await run.EnsureGroupAsync(cancellationToken).ConfigureAwait(false))
                return run.Result;
            await run.ImportMembersAsync(cancellationToken).ConfigureAwait(false);
            await run.RestoreMemberDetailsAsync(cancellationToken).ConfigureAwait(false);
            await run.RestoreMuteAllAsync(cancellationToken).ConfigureAwait(false);
            await run.ImportMessagesAsync(cancellationToken).ConfigureAwait(false);
            if (log.IsEnabled(ChatLogLevel.Verbose))
            {
                var i = run.Result.Import;
                log.Verbose($"Import-ChatGroup {i}: members {i.MembersImported} imported, {i.MembersAlreadyThere} already there, {i.MembersFailed} failed; " +
                    $"messages {i.MessagesImported} imported, {i.MessagesAlreadyThere} already there, {i.MessagesFailed} failed.");
            }
            return run.Result;
        }

        /// <summary>
        /// True for an id Tencent assigned (@TGS#..., a Community's @TGS#_@TGS#...), which import_group cannot take; a
        /// Community's custom id (@TGS#_name) can be imported as it is.
        /// </summary>
        internal static bool IsServerAssigned(string groupId) =>
            groupId.StartsWith("@TGS#", StringComparison.Ordinal)
            && !(groupId.StartsWith("@TGS#_", StringComparison.Ordinal) && !groupId.StartsWith("@TGS#_@TGS#", StringComparison.Ordinal));

        private sealed class RestoreRun
        {
            private readonly ChatSession _session;
            private readonly string _path;
            private readonly GroupBackupFile _backup;
            private readonly ChatLog _log;

            private readonly HashSet<string> _failedMembers = new HashSet<string>(StringComparer.Ordinal);
            private readonly HashSet<string> _alreadyThere = new HashSet<string>(StringComparer.Ordinal);

            public RestoreRun(ChatSession session, string path, GroupBackupFile backup, ChatLog log)
            {
                _session = session;
                _path = path;
                _backup = backup;
                _log = log;
                Result = new GroupRestoreResult(new ChatGroupImport { Path = path, SourceGroupId = backup.Group.GroupId, Name = backup.Group.Name });
            }

            public GroupRestoreResult Result { get; }

            private ChatGroupImport Summary => Result.Import;

            private string GroupId => Summary.GroupId;

            /// <summary>The group to restore into, made now or found from an earlier run; false (everything failed) when neither.</summary>
            public async Task<bool> EnsureGroupAsync(CancellationToken cancellationToken)
            {
                GroupBackupProfile profile = _backup.Group;
                GroupRestoreState? state = GroupBackupFiles.ReadState(_path);
                if (state != null && state.SourceGroupId == profile.GroupId && state.GroupId.Length > 0)
                {
                    Summary.GroupId = state.GroupId;
                    return true;
                }

                bool keepsId = !IsServerAssigned(profile.GroupId);
                var request = new ImportGroupRequest
                {
                    OwnerAccount = profile.Owner,
                    Type = profile.Type,
                    GroupId = keepsId ? profile.GroupId : null,
                    Name = profile.Name,
                    Introduction = profile.Introduction,
                    Notification = profile.Notification,
                    FaceUrl = profile.FaceUrl,
                    MaxMemberCount = profile.MaxMemberCount,
                    ApplyJoinOption = profile.ApplyJoinOption,
                    InviteJoinOption = profile.InviteJoinOption,
                    AppDefinedData = profile.AppDefinedData?.Select(d => new WireKeyValue { Key = d.Key, Value = d.Value }).ToArray(),
                    CreateTime = profile.CreateTime > 0 ? profile.CreateTime : (long?)null,
                };
                try
                {
                    var response = await _session.Transport.SendAsync<ImportGroupRequest, ImportGroupResponse>(GroupCommands.ImportGroup, request, _log, cancellationToken)
                        .ConfigureAwait(false);
                    Summary.GroupId = keepsId ? profile.GroupId : response.GroupId ?? string.Empty;
                    Summary.Created = true;
                }
                catch (ChatApiException e) when (keepsId && (e.ErrorCode == GroupIdInUse || e.ErrorCode == GroupIdInUseByOwner))
                {
                    Summary.GroupId = profile.GroupId;
                    _log.Verbose($"import_group: {profile.GroupId} exists already; going on in it (an earlier run made it).");
                }
                catch (ChatAdminException e) when (!e.IsSessionWide)
                {
                    Summary.MembersFailed = _backup.Members.Length;
                    Summary.MessagesFailed = _backup.Messages?.Length ?? 0;
                    Result.Failures.Add(Item(Group, null, 0, e));
                    return false;
                }
                // Written before anything else is sent: a rerun after any later failure goes on in this group.
                GroupBackupFiles.WriteState(_path, new GroupRestoreState { SourceGroupId = profile.GroupId, GroupId = GroupId });
                return true;
            }

            public async Task ImportMembersAsync(CancellationToken cancellationToken)
            {
                // The owner came with import_group (Owner_Account); import_group_member takes Admin as its only role.
                foreach (var owner in _backup.Members.Where(m => m.Role == "Owner"))
                {
                    if (Summary.Created) Summary.MembersImported++;
                    else AlreadyThere(owner.Account);
                }
                var members = _backup.Members.Where(m => m.Role != "Owner").ToList();
                foreach (var batch in Batches.Split(members, GroupCommands.ImportGroupMember.MaxItemsPerCall!.Value))
                {
                    var request = new ImportGroupMemberRequest
                    {
                        GroupId = GroupId,
                        MemberList = batch.Select(m => new WireImportMember
                        {
                            MemberAccount = m.Account,
                            Role = m.Role == "Admin" ? "Admin" : null,
                            JoinTime = m.JoinTime > 0 ? m.JoinTime : (long?)null,
                        }).ToArray(),
                    };
                    MemberResultResponse response;
                    try
                    {
                        response = await _session.Transport.SendAsync<ImportGroupMemberRequest, MemberResultResponse>(
                            GroupCommands.ImportGroupMember, request, _log, cancellationToken).ConfigureAwait(false);
                    }
                    catch (ChatAdminException e) when (!e.IsSessionWide)
                    {
                        foreach (var member in batch) MemberFailed(member, e);
                        continue;
                    }
                    var results = new Dictionary<string, int?>(StringComparer.Ordinal);
                    foreach (var r in response.MemberList ?? new WireMemberResult[0])
                        if (r.MemberAccount != null && !results.ContainsKey(r.MemberAccount)) results.Add(r.MemberAccount, r.Result);
                    foreach (var member in batch)
                    {
                        results.TryGetValue(member.Account, out int? code);
                        if (code == 1) Summary.MembersImported++;
                        else if (code == 2) AlreadyThere(member.Account);
                        else MemberFailed(member, code == null
                            ? new ChatProtocolException("MissingItemResult", $"import_group_member succeeded but its answer has no result for {member.Account}.")
                            : GroupMessageErrors.MemberNotImported(member.Account, GroupId));
                    }
                }
            }

            /// <summary>
            /// Name card, message flag and the rest of a mute, for each member (the owner included) that has any, with one
            /// modify_group_member_info each; setting the same values again on a rerun changes nothing. A member whose
            /// details fail counts as failed, not as imported.
            /// </summary>
            public async Task RestoreMemberDetailsAsync(CancellationToken cancellationToken)
            {
                long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                foreach (var member in _backup.Members)
                {
                    if (_failedMembers.Contains(member.Account)) continue;
                    string? nameCard = string.IsNullOrEmpty(member.NameCard) ? null : member.NameCard;
                    string? flag = member.MsgFlag == null || member.MsgFlag == DefaultMessageFlag ? null : member.MsgFlag;
                    TimeSpan? mute = member.MutedUntil > now ? TimeSpan.FromSeconds(Math.Min(member.MutedUntil - now, uint.MaxValue)) : (TimeSpan?)null;
                    if (member.MutedUntil >= uint.MaxValue) mute = GroupMemberWrites.PermanentMute;
                    if (nameCard == null && flag == null && mute == null) continue;
                    ChatGroupMemberChange change;
                    try
                    {
                        change = await GroupMemberWrites.ModifyAsync(_session, GroupId, member.Account, null, nameCard, flag, mute, _log, cancellationToken)
                            .ConfigureAwait(false);
                    }
                    catch (ChatInputException e)
                    {
                        DetailsFailed(member, e);
                        continue;
                    }
                    if (change.Failure is { } failure)
                    {
                        if (failure.IsSessionWide) throw failure;
                        DetailsFailed(member, failure);
                    }
                }
            }

            /// <summary>MuteAllMember is not an import_group field: set afterwards, when the group had it on.</summary>
            public async Task RestoreMuteAllAsync(CancellationToken cancellationToken)
            {
                if (!_backup.Group.MuteAll) return;
                var change = await GroupWrites.ModifyAsync(_session, new ModifyGroupBaseInfoRequest { GroupId = GroupId, MuteAllMember = "On" }, _log, cancellationToken)
                    .ConfigureAwait(false);
                if (change.Failure is { } failure)
                {
                    if (failure.IsSessionWide) throw failure;
                    Result.Failures.Add(Item(Group, null, 0, failure));
                }
            }

            public async Task ImportMessagesAsync(CancellationToken cancellationToken)
            {
                if (_backup.Messages == null) return;
                var messages = new List<GroupBackupMessage>();
                foreach (var message in _backup.Messages.OrderBy(m => m.MsgSeq))
                {
                    if (message.IsSystemMessage || string.IsNullOrEmpty(message.From)) MessageFailed(message, GroupMessageErrors.SystemMessageNotImported(message.MsgSeq));
                    else messages.Add(message);
                }
                int start;
                try
                {
                    start = await AlreadyImportedAsync(messages, cancellationToken).ConfigureAwait(false);
                }
                catch (ChatAdminException e) when (!e.IsSessionWide)
                {
                    // Where to go on is unknown, so nothing is imported now: a rerun reads it again.
                    foreach (var message in messages) MessageFailed(message, e);
                    return;
                }
                Summary.MessagesAlreadyThere = start;
                var command = GroupCommands.ImportGroupMsg;
                for (int index = start; index < messages.Count;)
                {
                    var batch = messages.Skip(index).Take(command.MaxItemsPerCall!.Value).ToList();
                    var request = new ImportGroupMsgRequest
                    {
                        GroupId = GroupId,
                        MsgList = batch.Select(m => new WireImportMessage { FromAccount = m.From, SendTime = m.Time, Random = m.Random, MsgBody = m.MsgBody }).ToArray(),
                    };
                    ImportGroupMsgResponse response;
                    try
                    {
                        response = await _session.Transport.SendAsync<ImportGroupMsgRequest, ImportGroupMsgResponse>(command, request, _log, cancellationToken)
                            .ConfigureAwait(false);
                    }
                    catch (ChatAdminException e) when (!e.IsSessionWide)
                    {
                        // What is not imported now must wait for a rerun: a later message imported first would shut it out.
                        foreach (var message in messages.Skip(index)) MessageFailed(message, e);
                        return;
                    }
                    WireImportMessageResult[] results = response.ImportMsgResult ?? new WireImportMessageResult[0];
                    for (int i = 0; i < batch.Count; i++)
                    {
                        int? code = i < results.Length ? results[i].Result : null;
                        if (code == 0) Summary.MessagesImported++;
                        else MessageFailed(batch[i], code == null
                            ? new ChatProtocolException("MissingItemResult", $"{command.Name} succeeded but its answer has no result for message seq {batch[i].MsgSeq}.")
                            : ChatErrorCatalog.Failure(command.Name, code.Value, string.Empty, null, $"message seq {batch[i].MsgSeq}"));
                    }
                    index += batch.Count;
                }
            }

            /// <summary>
            /// How many of <paramref name="messages"/> an earlier run imported: those up to the group's newest message,
            /// found by sender, time and Random; 0 for a group without messages or whose newest is not in the file.
            /// </summary>
            private async Task<int> AlreadyImportedAsync(List<GroupBackupMessage> messages, CancellationToken cancellationToken)
            {
                if (Summary.Created || messages.Count == 0) return 0;
                var pager = new GroupMessagePager(_session, GroupId, includeRecalled: true, _log, pageSize: 1);
                ChatGroupMessage? newest = null;
                while (newest == null && !pager.IsComplete)
                    newest = (await pager.NextPageAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault();
                if (newest == null) return 0;
                long time = newest.Time.ToUnixTimeSeconds();
                for (int i = messages.Count - 1; i >= 0; i--)
                    if (messages[i].From == newest.From && messages[i].Time == time && messages[i].Random == newest.Random)
                        return i + 1;
                return 0;
            }

            private void MemberFailed(GroupBackupMember member, ChatAdminException failure)
            {
                _failedMembers.Add(member.Account);
                Summary.MembersFailed++;
                Result.Failures.Add(Item(Member, member.Account, 0, failure));
            }

            private void AlreadyThere(string account)
            {
                _alreadyThere.Add(account);
                Summary.MembersAlreadyThere++;
            }

            /// <summary>A member that is in the group but whose details failed: failed, no longer imported or already there.</summary>
            private void DetailsFailed(GroupBackupMember member, ChatAdminException failure)
            {
                if (_alreadyThere.Contains(member.Account)) Summary.MembersAlreadyThere--;
                else Summary.MembersImported--;
                MemberFailed(member, failure);
            }

            private void MessageFailed(GroupBackupMessage message, ChatAdminException failure)
            {
                Summary.MessagesFailed++;
                Result.Failures.Add(Item(Message, message.From, message.MsgSeq, failure));
            }

            private ChatGroupImportItem Item(string kind, string? account, long msgSeq, ChatAdminException failure)
            {
                var item = new ChatGroupImportItem
                {
                    Path = _path,
                    SourceGroupId = _backup.Group.GroupId,
                    GroupId = GroupId,
                    Kind = kind,
                    Account = account,
                    MsgSeq = msgSeq,
                    Failure = failure,
                };
                (item.ResultCode, item.ResultInfo) = failure.ItemResult;
                return item;
            }
        }

        private const string DefaultMessageFlag = "AcceptAndNotify";
        private const int GroupIdInUse = 10021;
        private const int GroupIdInUseByOwner = 10025;
    }
}
