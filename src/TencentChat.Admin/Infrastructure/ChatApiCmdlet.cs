using System;
using System.Collections.Generic;
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
    /// Base of every cmdlet that calls the API: on top of <see cref="ChatCmdlet"/>'s guard, log and error records, it
    /// resolves the session (-Session or the runspace default) before Begin, runs the client's async work off the pipeline
    /// thread while pumping its log lines, results and progress onto the pipeline thread (the only one that writes), and
    /// cancels in-flight requests on Ctrl+C or a stopped pipeline.
    /// </summary>
    /// <remarks>
    /// The protected API, all called from Begin, Process or End on the pipeline thread:
    /// <list type="bullet">
    /// <item><see cref="Await{T}"/>: one client call, waited for (log lines written meanwhile).</item>
    /// <item><see cref="StartAccountWork"/>: a job for one owner account on the fan-out, up to -ThrottleLimit accounts at
    /// once, jobs of one account one after the other in call order; the job writes through its AccountOutput.</item>
    /// <item><see cref="FlushedAtEnd{TKey,TItem}"/>: registers a batcher whose rest the base sends after End.</item>
    /// <item><see cref="WriteChanges"/>, and <see cref="ChatCmdlet.WriteItemError"/>: per-item results of writes.</item>
    /// </list>
    /// After End the base flushes the registered batchers and waits until every job has finished and everything they
    /// delivered is written (progress completed), so a subclass never chains End or finishes the fan-out itself.
    /// ShouldProcess is the cmdlet's own business, asked on the pipeline thread before the item is handed to any of these.
    /// </remarks>
    public abstract class ChatApiCmdlet : ChatCmdlet
    {
        private static readonly TimeSpan PumpInterval = TimeSpan.FromMilliseconds(50);
        private const int ProgressActivityId = 1;

        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly List<Action> _flushAtEnd = new List<Action>();
        private AccountFanOut? _fanOut;
        private FanOutProgress? _progress;

        /// <summary>The session to use instead of the one Connect-ChatAdmin made the default for this runspace.</summary>
        [Parameter]
        [ValidateNotNull]
        public ChatSession? Session { get; set; }

        /// <summary>The session this command works with (set before Begin).</summary>
        protected ChatSession ActiveSession { get; private set; } = null!;

        /// <summary>Cancelled on Ctrl+C or when the pipeline stops; every client call gets it.</summary>
        protected CancellationToken StopToken => _stopping.Token;

        /// <summary>What the items of this cmdlet's progress line are called, plural.</summary>
        protected virtual string ProgressItemName => "records";

        private protected override void Prepare()
        {
            ActiveSession = RequireSession(Session);
            RedactWith(ActiveSession.Redactor);
        }

        private protected override void Complete()
        {
            foreach (Action flush in _flushAtEnd) flush();
            FinishAccountWork();
        }

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Runs client work on the thread pool and waits on the pipeline thread, writing its log lines as they come.</summary>
        protected T Await<T>(Func<CancellationToken, Task<T>> work)
        {
            Task<T> task = Task.Run(() => work(StopToken), StopToken);
            PumpUntil(() => task.IsCompleted, WaitBriefly(task));
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>
        /// Starts <paramref name="job"/> for <paramref name="account"/> as soon as fewer than <paramref name="throttleLimit"/>
        /// accounts are in flight, first writing on the pipeline thread what earlier jobs have delivered. A job's failure
        /// is written as a non-terminating error targeting the account, unless it is session-wide (see
        /// <see cref="AccountFanOut"/>). The base waits for every job after End.
        /// </summary>
        /// <param name="account">The owner account: jobs of one account run one after the other.</param>
        /// <param name="throttleLimit">-ThrottleLimit; the first call's value holds for the command.</param>
        /// <param name="totalAccounts">How many accounts the command will start, when known (for progress).</param>
        /// <param name="job">Runs off the pipeline thread and writes only through its AccountOutput.</param>
        protected void StartAccountWork(string account, int throttleLimit, int? totalAccounts, Func<AccountOutput, CancellationToken, Task> job)
        {
            if (_fanOut == null)
            {
                _fanOut = new AccountFanOut(throttleLimit, ReportAccountFailure, StopToken);
                _progress = new FanOutProgress(_fanOut, ActiveSession, ProgressItemName, totalAccounts);
            }
            AccountFanOut fanOut = _fanOut;
            PumpAccountWorkUntil(() => !fanOut.HasDelivery && fanOut.CanStart);
            fanOut.Start(account, job);
        }

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

        /// <summary>Writes everything the jobs of <see cref="StartAccountWork"/> still deliver, until all have finished.</summary>
        private void FinishAccountWork()
        {
            if (_fanOut == null) return;
            AccountFanOut fanOut = _fanOut;
            PumpAccountWorkUntil(() => fanOut.IsIdle);
            CompleteProgress();
        }

        /// <summary>
        /// The one loop the pipeline thread runs while client work is under way: writes log lines and progress, and lets
        /// <paramref name="waitOrRun"/> wait (or run what a job delivered) for a moment at a time, until <paramref name="done"/>.
        /// </summary>
        private void PumpUntil(Func<bool> done, Action<TimeSpan> waitOrRun)
        {
            while (true)
            {
                FlushLog();
                ReportProgress();
                if (done()) return;
                if (StopToken.IsCancellationRequested) throw new PipelineStoppedException();
                waitOrRun(PumpInterval);
            }
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

        private void ReportProgress()
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

        private static Action<TimeSpan> WaitBriefly(Task task) => timeout =>
        {
            try
            {
                task.Wait(timeout);
            }
            catch (AggregateException)
            {
                // Faulted or cancelled: GetResult reports it.
            }
        };

        protected override void Dispose(bool disposing)
        {
            if (!disposing) return;
            _fanOut?.Dispose();
            _stopping.Dispose();
        }
    }
}
