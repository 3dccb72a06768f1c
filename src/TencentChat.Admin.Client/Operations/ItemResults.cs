using System.Collections.Generic;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Operations
{
    /// <summary>
    /// What a conversation write did to each conversation it sent, in request order; nothing is dropped. A failed item
    /// comes back with Succeeded false and a Failure for the cmdlet to write as a non-terminating error whose target is
    /// the change, so <c>$err.TargetObject | &lt;same cmdlet&gt;</c> retries exactly the failed ones.
    /// </summary>
    internal static class ItemResults
    {
        /// <summary>
        /// Pairs the per-conversation results of create_contact_group, update_contact_group and mark_contact with the
        /// conversations that were sent. An item whose ResultCode is not 0 fails; so does one the answer has no result for
        /// (MissingItemResult). A result the module cannot match (no ContactItem, or one without To_Account/ToGroupId)
        /// must not turn a success into a failure: it is taken, with a warning, as the result of the next sent
        /// conversation that has none, since Tencent echoes items in request order.
        /// </summary>
        public static IReadOnlyList<ChatConversationChange> Match(string command, string account, string action, string? contactGroupName,
            IReadOnlyList<ConversationKey> sent, WireContactResult[]? results, Redactor redactor, ChatLog log)
        {
            // A conversation listed twice gets two results; hand them out in order.
            var byKey = new Dictionary<ConversationKey, Queue<WireContactResult>>();
            var unmatched = new Queue<WireContactResult>();
            foreach (var result in results ?? new WireContactResult[0])
            {
                if (result.ContactItem == null || !WireMapping.TryKeyOf(result.ContactItem, out var key))
                {
                    unmatched.Enqueue(result);
                    continue;
                }
                if (!byKey.TryGetValue(key, out var queue)) byKey[key] = queue = new Queue<WireContactResult>();
                queue.Enqueue(result);
            }

            var changes = new ChatConversationChange[sent.Count];
            for (int i = 0; i < sent.Count; i++)
            {
                var change = ChatConversationChange.For(account, sent[i], action, contactGroupName);
                WireContactResult? result = null;
                if (byKey.TryGetValue(sent[i], out var queue) && queue.Count > 0)
                    result = queue.Dequeue();
                else if (unmatched.Count > 0)
                {
                    result = unmatched.Dequeue();
                    log.Warning($"{command} answered a result without the conversation's To_Account/ToGroupId; it is counted as the result for {change}.");
                }

                if (result != null)
                {
                    change.ResultCode = result.ResultCode;
                    change.ResultInfo = redactor.Redact(result.ResultInfo ?? string.Empty);
                    change.Succeeded = result.ResultCode == 0;
                    if (!change.Succeeded)
                        change.Failure = ChatErrorCatalog.Failure(command, result.ResultCode, change.ResultInfo, redactedDisplay: null, target: change);
                }
                else
                {
                    change.ResultInfo = "The answer has no result for this conversation.";
                    change.Failure = new ChatProtocolException("MissingItemResult",
                        $"{command} succeeded but its answer has no result for {change}; check it with Search-ChatContactGroup.") { Target = change };
                }
                changes[i] = change;
            }
            return changes;
        }

        /// <summary>
        /// Every conversation of a request that failed as a whole (an error envelope, a transport failure, bad input): each
        /// gets its own failed change carrying <paramref name="failure"/>, and Tencent's ErrorCode as its ResultCode.
        /// </summary>
        public static IReadOnlyList<ChatConversationChange> Failed(string account, string action, string? contactGroupName,
            IReadOnlyList<ConversationKey> sent, ChatAdminException failure)
        {
            var changes = new ChatConversationChange[sent.Count];
            for (int i = 0; i < sent.Count; i++)
                changes[i] = Failed(ChatConversationChange.For(account, sent[i], action, contactGroupName), failure);
            return changes;
        }

        public static ChatConversationChange Failed(ChatConversationChange change, ChatAdminException failure)
        {
            change.Succeeded = false;
            (change.ResultCode, change.ResultInfo) = ResultOf(failure);
            change.Failure = failure;
            return change;
        }

        /// <summary>The ResultCode and ResultInfo of an item that failed with <paramref name="failure"/>: Tencent's code and text, or 0 and the module's message.</summary>
        public static (int Code, string Info) ResultOf(ChatAdminException failure) =>
            failure is ChatApiException tencent ? (tencent.ErrorCode, tencent.ErrorInfo) : (0, failure.Message);

        /// <summary>Conversations that need no request (already as asked): succeeded, with why.</summary>
        public static ChatConversationChange Unchanged(ChatConversationChange change, string why)
        {
            change.Succeeded = true;
            change.ResultInfo = why;
            return change;
        }
    }
}
