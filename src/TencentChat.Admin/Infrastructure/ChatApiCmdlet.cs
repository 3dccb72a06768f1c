using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.FanOut;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Base of every cmdlet that calls the API for owner accounts: on top of <see cref="ChatCmdlet"/>'s guard, log, error
    /// records and <see cref="ChatCmdlet.Await{T}"/>, it resolves the session (-Session or the runspace default) before
    /// Begin, runs the fan-out off the pipeline thread while pumping its log lines, results and progress onto the pipeline
    /// thread (the only one that writes), and cancels in-flight requests on Ctrl+C or a stopped pipeline.
    /// </summary>
    /// <remarks>
    /// The protected API, all called from Begin, Process or End on the pipeline thread:
    /// <list type="bullet">
    /// <item><see cref="ChatCmdlet.Await{T}"/>: one client call, waited for (log lines written meanwhile).</item>
    /// <item><see cref="StartAccountWork"/>: a read job for one owner account on the fan-out, up to -ThrottleLimit accounts
    /// at once, jobs of one account one after the other in call order; the job writes through its AccountOutput.
    /// <see cref="StartInOrder"/>: jobs side by side whose output is written in call order.</item>
    /// <item><see cref="QueueWrite{T}"/> and <see cref="QueueChanges"/>: one write request for one owner account on the
    /// same fan-out; returns to the pipeline at once, the result is written later, in input order per account.</item>
    /// <item><see cref="FlushedAtEnd{TKey,TItem}"/>: registers a batcher whose rest the base sends after End.</item>
    /// <item><see cref="WriteChanges"/>, and <see cref="ChatCmdlet.WriteItemError"/>: per-item results of writes.</item>
    /// </list>
    /// After End the base flushes the registered batchers and waits until every job has finished and everything they
    /// delivered is written (progress completed), so a subclass never chains End or finishes the fan-out itself.
    /// ShouldProcess is the cmdlet's own business, asked on the pipeline thread before the item is handed to any of these,
    /// so -WhatIf sends nothing, -Confirm asks item by item and "No to All" stops the queueing.
    /// </remarks>
    public abstract class ChatApiCmdlet : ChatCmdlet
    {
        private const int ProgressActivityId = 1;

        private readonly List<Action> _flushAtEnd = new List<Action>();
        private AccountFanOut? _fanOut;
        private FanOutProgress? _progress;

        /// <summary>The session to use instead of the one Connect-ChatAdmin made the default for this runspace.</summary>
        [Parameter]
        [ValidateNotNull]
        public ChatSession? Session { get; set; }

        /// <summary>
        /// How many owner accounts are worked on at once, 1 to 256. The default, 16, makes about 160 requests per second at
        /// Tencent's typical 100 ms answer: close to the 200 calls/s each API allows, with room for other work (and
        /// -RateLimit paces faster answers anyway). 1 sends one request after the other. Requests for one account always go
        /// one after the other in input order, so each account's output keeps its order (the server's order for reads, the
        /// input order for writes); output of different accounts may interleave. A read fetches at most one page per
        /// account in flight ahead of the pipeline.
        /// </summary>
        [Parameter]
        [ValidateRange(1, ThrottleLimits.Maximum)]
        public int ThrottleLimit { get; set; } = ThrottleLimits.Default;

        /// <summary>The session this command works with (set before Begin).</summary>
        protected ChatSession ActiveSession { get; private set; } = null!;

        /// <summary>What the items of this cmdlet's progress line are called, plural.</summary>
        protected virtual string ProgressItemName => "records";

        /// <summary>What the jobs of the fan-out are called in the progress line, plural: owner accounts unless said otherwise.</summary>
        protected virtual string ProgressJobName => "accounts";

        private protected override void Prepare()
        {
            ActiveSession = RequireSession(Session);
            LogFor(ActiveSession);
        }

        private protected override void Complete()
        {
            foreach (Action flush in _flushAtEnd) flush();
            FinishAccountWork();
        }

        /// <summary>
        /// Starts the read <paramref name="job"/> for <paramref name="account"/> as soon as fewer than -ThrottleLimit
        /// accounts are in flight, first writing on the pipeline thread what earlier jobs have delivered. A job's failure
        /// is written as a non-terminating error targeting the account, unless it is session-wide (see
        /// <see cref="AccountFanOut"/>). The base waits for every job after End.
        /// </summary>
        /// <param name="account">The owner account: jobs of one account run one after the other.</param>
        /// <param name="totalAccounts">How many accounts the command will start, when known (for progress); the first call's value holds.</param>
        /// <param name="job">Runs off the pipeline thread and writes only through its AccountOutput.</param>
        protected void StartAccountWork(string account, int? totalAccounts, Func<AccountOutput, CancellationToken, Task> job) =>
            WhenFree(totalAccounts).Start(account, job);

        /// <summary>
        /// As <see cref="StartAccountWork"/>, for a job of <paramref name="sequence"/>: it runs alongside the sequence's other
        /// jobs, and what it delivers is written after everything they delivered that were started before it (see
        /// <see cref="AccountFanOut.StartInOrder"/>).
        /// </summary>
        protected void StartInOrder(string sequence, int? totalJobs, Func<AccountOutput, CancellationToken, Task> job) =>
            WhenFree(totalJobs).StartInOrder(sequence, job);

        /// <summary>The fan-out, once what earlier jobs delivered is written and a slot is free.</summary>
        private AccountFanOut WhenFree(int? totalJobs)
        {
            AccountFanOut fanOut = FanOut(totalJobs);
            PumpAccountWorkUntil(() => !fanOut.HasDelivery && fanOut.CanStart);
            return fanOut;
        }

        /// <summary>
        /// Queues one write for <paramref name="account"/> on the fan-out and returns to the pipeline without waiting for a
        /// slot (only when a very long queue has built up does it wait, see <see cref="AccountFanOut.QueueLimit"/>).
        /// <paramref name="send"/> runs off the pipeline thread, after every earlier write of the same account has finished,
        /// so one account's requests go in input order; then <paramref name="write"/> writes its result on the pipeline
        /// thread, in the same order. A failure <paramref name="send"/> throws is written with <paramref name="target"/>;
        /// a session-wide one, thrown or among the result's <paramref name="changesOf"/>, stops the whole command at once
        /// (requests in flight are cancelled, nothing more is sent, results of writes already made are still written).
        /// Ask ShouldProcess before calling this.
        /// </summary>
        /// <param name="account">The owner account.</param>
        /// <param name="target">The error target when <paramref name="send"/> throws: something that pipes back into the cmdlet.</param>
        /// <param name="send">The client call.</param>
        /// <param name="write">Writes the result (objects, per-item errors).</param>
        /// <param name="changesOf">The per-conversation results inside the result, when it has them: counted for progress and checked for session-wide failures.</param>
        protected void QueueWrite<T>(string account, object? target, Func<CancellationToken, Task<T>> send, Action<T> write,
            Func<T, IReadOnlyList<ChatConversationChange>>? changesOf = null)
        {
            AccountFanOut fanOut = FanOut(null);
            PumpAccountWorkUntil(() => fanOut.CanQueue);
            fanOut.Start(account, async (output, cancellationToken) =>
            {
                T result;
                try
                {
                    result = await send(cancellationToken).ConfigureAwait(false);
                }
                catch (ChatAdminException e) when (!e.IsSessionWide)
                {
                    output.Post(1, () => WriteItemError(e, target));
                    return;
                }
                IReadOnlyList<ChatConversationChange>? changes = changesOf?.Invoke(result);
                ChatAdminException? sessionWide = changes?.Select(c => c.Failure).FirstOrDefault(f => f != null && f.IsSessionWide);
                if (sessionWide != null)
                    throw sessionWide;
                output.Post(changes?.Count ?? 1, () => write(result));
            });
        }

        /// <summary>
        /// <see cref="QueueWrite{T}"/> for a conversation write: its per-conversation changes are written with
        /// <see cref="WriteChanges"/> (failures as errors whose target pipes back, successes with -PassThru).
        /// </summary>
        protected void QueueChanges(string account, Func<CancellationToken, Task<IReadOnlyList<ChatConversationChange>>> send, bool passThru) =>
            QueueWrite(account, null, send, changes => WriteChanges(changes, passThru), changes => changes);

        /// <summary>
        /// Registers <paramref name="batcher"/>, whose batches start work as they fill: after End the base sends what is
        /// left in it, then waits for the work.
        /// </summary>
        protected KeyedBatcher<TKey, TItem> FlushedAtEnd<TKey, TItem>(KeyedBatcher<TKey, TItem> batcher) where TKey : notnull
        {
            _flushAtEnd.Add(batcher.Flush);
            return batcher;
        }

        /// <summary>
        /// Per-item results of a write: a failed item becomes a non-terminating error whose TargetObject is its
        /// ChatConversationChange (Succeeded false, ResultCode, ResultInfo); a succeeded one is written with -PassThru.
        /// </summary>
        protected void WriteChanges(IEnumerable<ChatConversationChange> changes, bool passThru)
        {
            foreach (var change in changes)
            {
                if (change.Failure != null) WriteItemError(change.Failure, change);
                else if (passThru) WriteObject(change);
            }
        }

        /// <summary>Writes what finished jobs have handed over, without waiting for more (after each Process).</summary>
        private protected override void AfterProcess()
        {
            if (_fanOut == null) return;
            AccountFanOut fanOut = _fanOut;
            PumpAccountWorkUntil(() => !fanOut.HasDelivery);
        }

        private AccountFanOut FanOut(int? totalAccounts)
        {
            if (_fanOut == null)
            {
                _fanOut = new AccountFanOut(ThrottleLimit, ReportAccountFailure, StopToken);
                _progress = new FanOutProgress(_fanOut, ActiveSession, ProgressItemName, totalAccounts, ProgressJobName);
            }
            return _fanOut;
        }

        /// <summary>Writes everything the jobs still deliver, until all have finished.</summary>
        private void FinishAccountWork()
        {
            if (_fanOut == null) return;
            AccountFanOut fanOut = _fanOut;
            PumpAccountWorkUntil(() => fanOut.IsIdle);
            CompleteProgress();
        }

        private void PumpAccountWorkUntil(Func<bool> done)
        {
            AccountFanOut fanOut = _fanOut!;
            try
            {
                PumpUntil(done, wait => fanOut.RunNext(wait));
            }
            catch
            {
                // The pipeline stopped (Ctrl+C, Select-Object -First) or a failure ended the command: cancel every request in flight.
                fanOut.Cancel();
                CompleteProgress();
                throw;
            }
        }

        private void ReportAccountFailure(string account, Exception failure)
        {
            if (failure is ChatAdminException chat)
                WriteItemError(chat, account);
            else
                ExceptionDispatchInfo.Capture(failure).Throw();
        }

        private protected override void ReportProgress()
        {
            if (_progress != null && _progress.TryReport(out string status, out int percent))
                WriteProgress(new ProgressRecord(ProgressActivityId, MyInvocation.MyCommand.Name, status) { PercentComplete = percent });
        }

        private void CompleteProgress()
        {
            if (_progress == null || !_progress.HasReported) return;
            _progress = null;
            try
            {
                WriteProgress(new ProgressRecord(ProgressActivityId, MyInvocation.MyCommand.Name, "Done") { RecordType = ProgressRecordType.Completed });
            }
            catch (PipelineStoppedException)
            {
                // A stopped pipeline takes no more records; the host clears its progress display itself then.
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (!disposing) return;
            _fanOut?.Dispose();
        }
    }
}
