using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// What a conversation write or search did to each conversation it sent, in request order; nothing is dropped. A failed
    /// item comes back carrying its Failure for the cmdlet to write as a non-terminating error whose target is the item's
    /// output object, so <c>$err.TargetObject | &lt;same cmdlet&gt;</c> retries exactly the failed ones.
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

        /// <summary>How many conversations of one batch splitting will isolate at most, in the worst case (see <see cref="SendAsync{T}"/>).</summary>
        public const int MaxIsolatedPerBatch = 4;

        /// <summary>
        /// Sends one request for <paramref name="sent"/> with <paramref name="send"/>, which returns one outcome per conversation
        /// in order. This is the one place where a request that fails as a whole (an error envelope, a transport failure, bad
        /// input) becomes one failed outcome per conversation, each made by <paramref name="outcomeOf"/> and carrying the
        /// failure, so the cmdlet writes one error per conversation with a target that pipes back into it. A session-wide
        /// failure is thrown instead: it is about the session, not these conversations, and the caller stops on it.
        /// </summary>
        /// <remarks>
        /// A failure that one conversation causes for the whole request (51007, a dismissed group chat,
        /// <see cref="RetryClass.SplitBatch"/>) is not spread: the batch is split in halves and each half sent again, and so
        /// on, until the conversations that fail alone are found. Only they fail; the others get their results. Each such
        /// conversation costs at most 2·⌈log2 n⌉ more requests for a batch of n (18 for 300, 14 for 100); a batch spends at most
        /// <see cref="MaxIsolatedPerBatch"/> times that, after which a half that still fails is reported whole.
        /// </remarks>
        public static async Task<IReadOnlyList<T>> SendAsync<T>(string command, string account, IReadOnlyList<ConversationKey> sent,
            Func<IReadOnlyList<ConversationKey>, Task<IReadOnlyList<T>>> send, Func<ConversationKey, T> outcomeOf, ChatLog log)
            where T : IConversationOutcome
        {
            var outcomes = new List<T>(sent.Count);
            int splitsLeft = MaxIsolatedPerBatch * CeilingLog2(sent.Count);
            await SendPartAsync(sent).ConfigureAwait(false);
            return outcomes;

            async Task SendPartAsync(IReadOnlyList<ConversationKey> part)
            {
                ChatAdminException failure;
                try
                {
                    outcomes.AddRange(await send(part).ConfigureAwait(false));
                    return;
                }
                catch (ChatAdminException e) when (!e.IsSessionWide)
                {
                    failure = e;
                }
                if (part.Count > 1 && failure is ChatApiException { Retry: RetryClass.SplitBatch } && splitsLeft > 0)
                {
                    splitsLeft--;
                    log.Verbose($"{command} {account}: Tencent error {((ChatApiException)failure).ErrorCode} ({failure.ErrorId}) for {part.Count} conversations; " +
                                "sending each half again to find the conversations that cause it.");
                    foreach (var half in Batches.Split(part, (part.Count + 1) / 2))
                        await SendPartAsync(half).ConfigureAwait(false);
                    return;
                }
                outcomes.AddRange(Failed(part, outcomeOf, failure));
            }
        }

        private static int CeilingLog2(int count)
        {
            int log2 = 0;
            while ((1 << log2) < count) log2++;
            return log2;
        }

        /// <summary>Every conversation of <paramref name="sent"/> as an outcome that failed with <paramref name="failure"/>.</summary>
        public static IReadOnlyList<T> Failed<T>(IReadOnlyList<ConversationKey> sent, Func<ConversationKey, T> outcomeOf, ChatAdminException failure)
            where T : IConversationOutcome
        {
            var outcomes = new T[sent.Count];
            for (int i = 0; i < sent.Count; i++)
                outcomes[i] = Failed(outcomeOf(sent[i]), failure);
            return outcomes;
        }

        public static T Failed<T>(T outcome, ChatAdminException failure) where T : IConversationOutcome
        {
            outcome.Fail(failure);
            return outcome;
        }

        /// <summary>Conversations that need no request (already as asked): succeeded, with why.</summary>
        public static ChatConversationChange Unchanged(ChatConversationChange change, string why)
        {
            change.Succeeded = true;
            change.ResultInfo = why;
            return change;
        }
    }
}
