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
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Groups.Messages
{
    /// <summary>
    /// group_msg_recall (group spec §3.25): up to 10 seqs of one group per request, one result per seq from its RetCode
    /// (0 recalled; 10030 not found, 10031 too old, 10032 not recallable, 10033 type unsupported, 10041 disabled for the
    /// app). And delete_group_msg_by_sender (§3.27), which the docs call a silent recall: the sender's messages among the
    /// group's latest 1000 are taken back without notifying clients. A recall whose outcome is unknown is not repeated (a
    /// repeat would answer 10030 for the seqs the first one took); a sender recall is, as it marks the same messages again.
    /// </summary>
    public static class GroupMessageRecall
    {
        public const int MaxSeqsPerRequest = GroupMsgRecallRequest.MaxItems;

        /// <summary>One change per seq, in the order given: recalled, or failed with its RetCode (or the request's failure).</summary>
        public static async Task<IReadOnlyList<ChatGroupMessageChange>> RecallAsync(ChatSession session, string groupId, IReadOnlyList<long> seqs,
            string? reason, ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(seqs, GroupCommands.GroupMsgRecall, "messages");
            var changes = seqs.Select(seq => new ChatGroupMessageChange { GroupId = groupId, MsgSeq = seq, Action = ChatGroupMessageActions.Recall }).ToList();
            GroupMsgRecallResponse response;
            try
            {
                GroupIds.Validate(groupId);
                var request = new GroupMsgRecallRequest
                {
                    GroupId = groupId,
                    MsgSeqList = seqs.Select(seq => new WireMsgSeq { MsgSeq = (uint)seq }).ToArray(),
                    Reason = string.IsNullOrEmpty(reason) ? null : reason,
                };
                response = await session.Transport.SendAsync<GroupMsgRecallRequest, GroupMsgRecallResponse>(
                    GroupCommands.GroupMsgRecall, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                foreach (var change in changes) GroupMessageChanges.Failed(change, e);
                return changes;
            }

            var results = (response.RecallRetList ?? new WireRecallResult[0]).GroupBy(r => (long)r.MsgSeq).ToDictionary(g => g.Key, g => g.First());
            string command = GroupCommands.GroupMsgRecall.Name;
            foreach (var change in changes)
            {
                if (!results.TryGetValue(change.MsgSeq, out var result) || result.RetCode == null)
                {
                    change.ResultInfo = "The answer has no RetCode for this seq.";
                    change.Failure = new ChatProtocolException("MissingItemResult", $"{command} succeeded but its answer has no result for {change}.") { Target = change };
                    continue;
                }
                change.ResultCode = result.RetCode.Value;
                change.Succeeded = change.ResultCode == 0;
                if (!change.Succeeded)
                    change.Failure = ChatErrorCatalog.Failure(command, change.ResultCode, string.Empty, redactedDisplay: null, target: change);
            }
            if (log.IsEnabled(ChatLogLevel.Verbose))
                log.Verbose($"group_msg_recall {groupId}: {changes.Count(c => c.Succeeded)} of {changes.Count} recalled.");
            return changes;
        }

        /// <summary>delete_group_msg_by_sender: one change for the group, with the sender as From.</summary>
        public static async Task<ChatGroupMessageChange> RecallBySenderAsync(ChatSession session, string groupId, string sender,
            ChatLog log, CancellationToken cancellationToken)
        {
            var change = new ChatGroupMessageChange { GroupId = groupId, From = sender, Action = ChatGroupMessageActions.RecallBySender };
            try
            {
                GroupIds.Validate(groupId);
                AccountIds.Validate(sender, "sender");
                await session.Transport.SendAsync<DeleteGroupMsgBySenderRequest, EnvelopeOnlyResponse>(GroupCommands.DeleteGroupMsgBySender,
                    new DeleteGroupMsgBySenderRequest { GroupId = groupId, SenderAccount = sender }, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                return GroupMessageChanges.Failed(change, e);
            }
            change.Succeeded = true;
            return change;
        }
    }
}
