using System.Runtime.ExceptionServices;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.FanOut;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// The module's code path for Get-ChatConversation and Set-ChatConversationMark over many accounts, without PowerShell:
/// ChatApiCmdlet's pump (StartAccountWork, QueueWrite, the wait after End) on one consumer thread over an AccountFanOut,
/// the session log drained and the progress line computed between deliveries, as the pipeline thread does. The consumer
/// "writes" a page or a write's results by keeping their conversation ids.
/// </summary>
internal static class ModuleFanOut
{
    // ChatApiCmdlet.PumpInterval: how long the pipeline thread waits for a delivery before it looks at log and progress again.
    private static readonly TimeSpan PumpInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Lists every account's conversations with up to <paramref name="throttleLimit"/> accounts in flight; ids per account, in the order written.</summary>
    public static Task<Dictionary<string, List<string>>> ListAsync(ChatSession session, IReadOnlyList<string> accounts, int throttleLimit,
        CancellationToken cancellationToken) =>
        // A thread of its own, as the pipeline thread is: RunNext blocks while it waits for a delivery.
        Task.Factory.StartNew(() => List(session, accounts, throttleLimit, cancellationToken), cancellationToken,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// Marks <paramref name="conversations"/> (Account, ConversationId, in input order) with Star as Set-ChatConversationMark does:
    /// 100 per mark_contact request per account, each full batch queued on the fan-out without waiting for a slot
    /// (QueueWrite), the rest when the input ends, results posted without waiting; returns the marked ids per account in
    /// the order their results were written.
    /// </summary>
    public static Task<Dictionary<string, List<string>>> MarkAsync(ChatSession session, IReadOnlyList<(string Account, string ConversationId)> conversations,
        int throttleLimit, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Mark(session, conversations, throttleLimit, cancellationToken), cancellationToken,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static Dictionary<string, List<string>> List(ChatSession session, IReadOnlyList<string> accounts, int throttleLimit, CancellationToken cancellationToken)
    {
        var consumer = new Consumer(session, throttleLimit, accounts.Count, cancellationToken);
        var written = accounts.ToDictionary(account => account, _ => new List<string>(), StringComparer.Ordinal);
        foreach (string account in accounts)
        {
            consumer.PumpUntil(() => !consumer.FanOut.HasDelivery && consumer.FanOut.CanStart);
            List<string> ids = written[account];
            consumer.FanOut.Start(account, async (output, token) =>
            {
                var pager = new ConversationPager(session, account, ChatAssistFlags.All, consumer.Log);
                while (!pager.IsComplete)
                {
                    IReadOnlyList<ChatConversation> page = await pager.NextPageAsync(token).ConfigureAwait(false);
                    await output.DeliverAsync(page.Count, () =>
                    {
                        foreach (ChatConversation conversation in page) ids.Add(conversation.ConversationId);
                    }).ConfigureAwait(false);
                }
            });
        }
        consumer.PumpUntil(() => consumer.FanOut.IsIdle);
        consumer.FanOut.Dispose();
        return written;
    }

    private static Dictionary<string, List<string>> Mark(ChatSession session, IReadOnlyList<(string Account, string ConversationId)> conversations, int throttleLimit,
        CancellationToken cancellationToken)
    {
        var consumer = new Consumer(session, throttleLimit, null, cancellationToken);
        var written = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        ConversationMarkChange star = ConversationMarkChange.Create(new[] { "Star" }, null, null);
        void Queue(KeyedBatch<string, ConversationKey> batch)
        {
            consumer.PumpUntil(() => consumer.FanOut.CanQueue);
            consumer.FanOut.Start(batch.Key, async (output, token) =>
            {
                var changes = await ConversationMarking.MarkAsync(session, batch.Key, batch.Items, star, consumer.Log, token).ConfigureAwait(false);
                if (changes.FirstOrDefault(c => !c.Succeeded) is { } failed)
                    throw new InvalidOperationException($"{failed.ConversationId} of {failed.Account}: {failed.ResultCode} {failed.ResultInfo}");
                output.Post(changes.Count, () =>
                {
                    if (!written.TryGetValue(batch.Key, out List<string>? ids)) written[batch.Key] = ids = new List<string>();
                    ids.AddRange(changes.Select(c => c.ConversationId));
                });
            });
        }
        var batches = KeyedBatcher<string, ConversationKey>.Requests(ConversationMarking.MaxItemsPerRequest, Queue);
        foreach (var (account, conversationId) in conversations)
        {
            batches.Add(account, new[] { ConversationKey.Parse(conversationId) });
            consumer.PumpUntil(() => !consumer.FanOut.HasDelivery);
        }
        batches.Flush();
        consumer.PumpUntil(() => consumer.FanOut.IsIdle);
        consumer.FanOut.Dispose();
        return written;
    }

    /// <summary>The pipeline thread's side: the fan-out, the log it drains and the progress line it computes between deliveries.</summary>
    private sealed class Consumer
    {
        private readonly FanOutProgress _progress;
        private readonly CancellationToken _cancellationToken;

        public Consumer(ChatSession session, int throttleLimit, int? totalAccounts, CancellationToken cancellationToken)
        {
            // As the cmdlet builds it under PowerShell's default preferences.
            Log = session.CreateLog(verbose: false, debug: false);
            // A benchmark has no non-terminating errors: any failed account makes the figure worthless.
            FanOut = new AccountFanOut(throttleLimit, (_, failure) => ExceptionDispatchInfo.Throw(failure), cancellationToken);
            _progress = new FanOutProgress(FanOut, session, "conversations", totalAccounts);
            _cancellationToken = cancellationToken;
        }

        public ChatLog Log { get; }
        public AccountFanOut FanOut { get; }

        public void PumpUntil(Func<bool> done)
        {
            while (true)
            {
                while (Log.TryTake(out _, out _)) { }
                _progress.TryReport(out _, out _);
                if (done()) return;
                _cancellationToken.ThrowIfCancellationRequested();
                FanOut.RunNext(PumpInterval);
            }
        }
    }
}
