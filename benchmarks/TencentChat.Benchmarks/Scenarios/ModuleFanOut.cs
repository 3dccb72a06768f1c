using System.Runtime.ExceptionServices;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.FanOut;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// The module's code path for Get-ChatConversation over many accounts, without PowerShell: ChatApiCmdlet's pump
/// (StartAccountWork / FinishAccountWork) on one consumer thread over an AccountFanOut, each account's job a
/// ConversationPager that delivers page by page, the session log drained and the progress line computed between
/// deliveries, as the pipeline thread does. The consumer "writes" a page by keeping its conversation ids.
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

    private static Dictionary<string, List<string>> List(ChatSession session, IReadOnlyList<string> accounts, int throttleLimit, CancellationToken cancellationToken)
    {
        var log = new ChatLog(new Redactor());
        var written = accounts.ToDictionary(account => account, _ => new List<string>(), StringComparer.Ordinal);
        // A benchmark has no non-terminating errors: any failed account makes the figure worthless.
        using var fanOut = new AccountFanOut(throttleLimit, (_, failure) => ExceptionDispatchInfo.Throw(failure), cancellationToken);
        var progress = new FanOutProgress(fanOut, session, "conversations", accounts.Count);

        void PumpUntil(Func<bool> done)
        {
            while (true)
            {
                while (log.TryTake(out _, out _)) { }
                progress.TryReport(out _, out _);
                if (done()) return;
                cancellationToken.ThrowIfCancellationRequested();
                fanOut.RunNext(PumpInterval);
            }
        }

        foreach (string account in accounts)
        {
            PumpUntil(() => !fanOut.HasDelivery && fanOut.CanStart);
            List<string> ids = written[account];
            fanOut.Start(account, async (output, token) =>
            {
                var pager = new ConversationPager(session, account, ChatAssistFlags.All, log);
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
        PumpUntil(() => fanOut.IsIdle);
        return written;
    }
}
