using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Recalls group chat messages: by seq, or every recent message of a sender.</summary>
    /// <remarks>
    /// <para>
    /// By seq (-MsgSeq, or Get-ChatGroupMessage output piped in): sends group_msg_recall with up to 10 seqs of one group per
    /// request, collected across pipeline objects, and writes one ChatGroupMessageChange per message: recalled, or an
    /// error with Tencent's per-seq RetCode (10030 not found, 10031 too old, 10032 not recallable, 10033 type not
    /// supported, 10041 recall disabled for the app) whose target pipes back. Members' apps show the message as recalled.
    /// </para>
    /// <para>
    /// With -Sender: sends delete_group_msg_by_sender per group and sender, which recalls that sender's messages among the
    /// group's latest 1000 silently: members' apps are not notified. It has no effect in an AVChatRoom.
    /// </para>
    /// <para>
    /// A recall cannot be undone, so ConfirmImpact is High: it asks before each message (each group and sender with -Sender) unless -Confirm:$false; -WhatIf sends
    /// nothing. Up to -ThrottleLimit groups are worked on at once; one group's requests go in input order.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Remove-ChatGroupMessage -GroupId ops-room -MsgSeq 2, 3 -Confirm:$false
    /// </code>
    /// Recalls the messages with seq 2 and 3 in ops-room.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroupMessage -GroupId ops-room -First 50 | Where-Object Text -match 'http' | Remove-ChatGroupMessage -WhatIf
    /// </code>
    /// Shows which of the 50 newest messages of ops-room with a link would be recalled.
    /// </example>
    /// <example>
    /// <code>
    /// Remove-ChatGroupMessage -GroupId ops-room -Sender user_0003 -Confirm:$false
    /// </code>
    /// Silently recalls the recent messages user_0003 sent to ops-room.
    /// </example>
    /// <seealso cref="GetChatGroupMessageCommand"/>
    /// <seealso cref="SendChatGroupMessageCommand"/>
    [Cmdlet(VerbsCommon.Remove, "ChatGroupMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = BySeq)]
    [OutputType(typeof(ChatGroupMessageChange))]
    public sealed class RemoveChatGroupMessageCommand : ChatApiCmdlet
    {
        private const string BySeq = "BySeq";
        private const string BySender = "BySender";

        private KeyedBatcher<string, long>? _recalls;

        /// <summary>The groups: GroupIds, from the pipeline as strings or as objects with a GroupId property (a ChatGroupMessage).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string[] GroupId { get; set; } = new string[0];

        /// <summary>The messages' seqs; binds ChatGroupMessage's MsgSeq.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = BySeq)]
        public long[] MsgSeq { get; set; } = new long[0];

        /// <summary>Why the messages are recalled (Reason, at most 100 bytes), for the members' apps.</summary>
        [Parameter(ParameterSetName = BySeq)]
        [ValidateNotNullOrEmpty]
        public string? Reason { get; set; }

        /// <summary>Recall these senders' messages among each group's latest 1000, silently (delete_group_msg_by_sender).</summary>
        [Parameter(Mandatory = true, ParameterSetName = BySender)]
        [ValidateNotNullOrEmpty]
        public string[] Sender { get; set; } = new string[0];

        protected override string ProgressItemName => "messages";

        protected override string ProgressJobName => "requests";

        protected override void Begin()
        {
            foreach (string sender in Sender) AccountIds.Validate(sender, "sender");
            _recalls = FlushedAtEnd(KeyedBatcher<string, long>.Requests(GroupMessageRecall.MaxSeqsPerRequest, batch =>
            {
                string groupId = batch.Key;
                IReadOnlyList<long> seqs = batch.Items;
                QueueWrite(groupId, null, ct => GroupMessageRecall.RecallAsync(ActiveSession, groupId, seqs, Reason, Log, ct), WriteChanges);
            }));
        }

        protected override void Process()
        {
            foreach (string? given in GroupId)
            {
                try
                {
                    GroupIds.Validate(given);
                }
                catch (ChatInputException e)
                {
                    WriteItemError(e, new ChatGroupMessageChange { GroupId = given ?? string.Empty, MsgSeq = MsgSeq.FirstOrDefault() });
                    continue;
                }
                string groupId = given!;
                if (ParameterSetName == BySender)
                {
                    foreach (string sender in Sender)
                    {
                        if (!ShouldProcessItem(groupId, $"Recall silently the recent messages of {sender}", new ChatGroupMessageChange { GroupId = groupId, From = sender }))
                            continue;
                        QueueWrite(groupId, null, ct => GroupMessageRecall.RecallBySenderAsync(ActiveSession, groupId, sender, Log, ct),
                            change => WriteChanges(new[] { change }));
                    }
                    continue;
                }
                var seqs = new List<long>();
                foreach (long seq in MsgSeq)
                {
                    var target = new ChatGroupMessageChange { GroupId = groupId, MsgSeq = seq, Action = ChatGroupMessageActions.Recall };
                    if (seq < 1 || seq > uint.MaxValue)
                    {
                        WriteItemError(new ChatInputException("InvalidMsgSeq", $"The MsgSeq {seq} is not a message's seq: seqs run from 1 to {uint.MaxValue}.", target), target);
                        continue;
                    }
                    if (ShouldProcessItem($"message seq {seq} in {groupId}", "Recall message", target)) seqs.Add(seq);
                }
                _recalls!.Add(groupId, seqs);
            }
        }

        private void WriteChanges(IEnumerable<ChatGroupMessageChange> changes)
        {
            foreach (var change in changes)
            {
                if (change.Failure != null) WriteItemError(change.Failure, change);
                else WriteObject(change);
            }
        }
    }
}
