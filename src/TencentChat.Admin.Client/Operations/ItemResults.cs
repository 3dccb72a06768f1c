using System.Collections.Generic;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Operations
{
    /// <summary>
    /// Pairs the per-conversation results of create_contact_group, update_contact_group and mark_contact with the
    /// conversations that were sent, in request order. No item is dropped: an item whose ResultCode is not 0, or
    /// for which the answer has no result at all, comes back with Succeeded false and a Failure for the cmdlet to
    /// write as a non-terminating error.
    /// </summary>
    internal static class ItemResults
    {
        public static IReadOnlyList<ChatConversationChange> Match(string command, string account, string action, string? contactGroupName,
            IReadOnlyList<ConversationKey> sent, WireContactResult[]? results, Redactor redactor)
        {
            // A conversation listed twice gets two results; hand them out in order.
            var byKey = new Dictionary<ConversationKey, Queue<WireContactResult>>();
            foreach (var result in results ?? new WireContactResult[0])
            {
                if (result.ContactItem == null) continue;
                var key = WireMapping.KeyOf(result.ContactItem);
                if (!byKey.TryGetValue(key, out var queue)) byKey[key] = queue = new Queue<WireContactResult>();
                queue.Enqueue(result);
            }

            var changes = new ChatConversationChange[sent.Count];
            for (int i = 0; i < sent.Count; i++)
            {
                var change = ChatConversationChange.For(account, sent[i], action, contactGroupName);
                if (byKey.TryGetValue(sent[i], out var queue) && queue.Count > 0)
                {
                    var result = queue.Dequeue();
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
    }
}
