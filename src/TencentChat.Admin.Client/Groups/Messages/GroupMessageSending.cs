using System;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Groups.Messages
{
    /// <summary>What Send-ChatGroupMessage sends to every group it is given: one body and its options.</summary>
    public sealed class GroupMessageOptions
    {
        /// <summary>The message body, already checked by the message-body model (and its size by <see cref="MessageSize"/>).</summary>
        public ChatMessageBody Body { get; set; } = null!;

        /// <summary>From_Account: the sender members see; none = the App admin.</summary>
        public string? From { get; set; }

        /// <summary>High, Normal, Low or Lowest; none = Tencent's default.</summary>
        public string? Priority { get; set; }

        /// <summary>OnlineOnlyFlag 1: only online members get it, and it is not stored.</summary>
        public bool OnlineOnly { get; set; }

        /// <summary>To_Account: a targeted message seen only by these members (at most 50).</summary>
        public string[]? To { get; set; }

        public string? CloudCustomData { get; set; }
    }

    /// <summary>
    /// send_group_msg (group spec §3.23): one message to one group per request, with a Random generated for every message
    /// (Tencent drops a repeat of the same content and Random within 5 minutes). Not retried when the outcome is unknown
    /// (GroupCommands): what Tencent answers a dropped repeat is undocumented. A MsgDropReason in an answer whose
    /// ErrorCode is 0 means the message was NOT delivered: a failure, not a success.
    /// </summary>
    public static class GroupMessageSending
    {
        /// <summary>To_Account takes at most 50 members (§3.23).</summary>
        public const int MaxTargets = 50;

        private static readonly RandomNumberGenerator Rng = RandomNumberGenerator.Create();

        /// <summary>The group's change: Succeeded with MsgSeq and Time, or failed with Tencent's code (or GroupMessageDropped).</summary>
        public static async Task<ChatGroupMessageChange> SendAsync(ChatSession session, string groupId, GroupMessageOptions options,
            ChatLog log, CancellationToken cancellationToken)
        {
            var change = new ChatGroupMessageChange { GroupId = groupId, Action = ChatGroupMessageActions.Send, From = options.From };
            try
            {
                GroupIds.Validate(groupId);
                var request = new SendGroupMsgRequest
                {
                    GroupId = groupId,
                    Random = NewRandom(),
                    MsgBody = options.Body,
                    FromAccount = options.From,
                    MsgPriority = options.Priority,
                    OnlineOnlyFlag = options.OnlineOnly ? 1 : (int?)null,
                    CloudCustomData = options.CloudCustomData,
                    ToAccount = options.To is { Length: > 0 } ? options.To : null,
                };
                change.Random = request.Random;
                var response = await session.Transport.SendAsync<SendGroupMsgRequest, SendGroupMsgResponse>(
                    GroupCommands.SendGroupMsg, request, log, cancellationToken).ConfigureAwait(false);
                if (!string.IsNullOrEmpty(response.MsgDropReason))
                    throw GroupMessageErrors.Dropped(GroupCommands.SendGroupMsg.Name, change, session.Redactor.Redact(response.MsgDropReason!));
                change.MsgSeq = response.MsgSeq;
                change.Time = DateTimeOffset.FromUnixTimeSeconds(response.MsgTime);
            }
            catch (ChatAdminException e)
            {
                return GroupMessageChanges.Failed(change, e);
            }
            change.Succeeded = true;
            if (log.IsEnabled(ChatLogLevel.Verbose))
                log.Verbose($"send_group_msg: {groupId} stored the message as seq {change.MsgSeq}.");
            return change;
        }

        /// <summary>A uniformly random uint32 from the cryptographic generator (shared, thread-safe), as Random must be.</summary>
        internal static uint NewRandom()
        {
            var bytes = new byte[4];
            lock (Rng) Rng.GetBytes(bytes);
            return BitConverter.ToUInt32(bytes, 0);
        }
    }
}
