using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.FanOut;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Base of every cmdlet that calls the API: resolves the session (-Session or the runspace default),
    /// runs the client's async work off the pipeline thread (one call with Await, many accounts at once with
    /// StartAccountWork) while pumping its log lines, pages and progress onto the pipeline thread, the only one
    /// that writes, cancels in-flight requests on Ctrl+C or a stopped pipeline, and turns client exceptions into
    /// ErrorRecords: terminating for credential, permission and connection failures (later items would fail
    /// the same way), non-terminating for a failure of one item.
    /// </summary>
    public abstract class ChatApiCmdlet : PSCmdlet, IDisposable
    {
        private static readonly TimeSpan PumpInterval = TimeSpan.FromMilliseconds(50);
        private const int ProgressActivityId = 1;

        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private ChatLog? _log;
        private AccountFanOut? _fanOut;
        private FanOutProgress? _progress;

        /// <summary>The session to use instead of the one Connect-ChatAdmin made the default for this runspace.</summary>
        [Parameter]
        [ValidateNotNull]
        public ChatSession? Session { get; set; }

        protected ChatSession ActiveSession { get; private set; } = null!;

        protected ChatLog Log => _log!;

        protected CancellationToken StopToken => _stopping.Token;

        protected sealed override void BeginProcessing()
        {
            ChatSession? session = Session ?? SessionRegistry.Get();
            if (session == null)
                ThrowTerminatingError(ErrorRecords.NotConnected());
            ActiveSession = session!;
            _log = new ChatLog(ActiveSession.Redactor);
            Guarded(Begin);
        }

        protected sealed override void ProcessRecord() => Guarded(Process);

        protected sealed override void EndProcessing() => Guarded(End);

        protected override void StopProcessing() => _stopping.Cancel();

        protected virtual void Begin() { }
        protected abstract void Process();
        protected virtual void End() { }

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
        /// <see cref="AccountFanOut"/>). Call <see cref="FinishAccountWork"/> from End.
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

        /// <summary>Writes everything the jobs of <see cref="StartAccountWork"/> still deliver, until all have finished.</summary>
        protected void FinishAccountWork()
        {
            if (_fanOut == null) return;
            AccountFanOut fanOut = _fanOut;
            PumpAccountWorkUntil(() => fanOut.IsIdle);
            CompleteProgress();
        }

        /// <summary>What the items of this cmdlet's progress line are called, plural.</summary>
        protected virtual string ProgressItemName => "records";

        /// <summary>Writes one item's failure and lets the pipeline go on, unless the failure dooms every later item too.</summary>
        protected void WriteItemError(ChatAdminException exception, object? target = null)
        {
            FlushLog();
            if (exception.IsSessionWide)
                ThrowTerminatingError(ErrorRecords.From(exception, target));
            WriteError(ErrorRecords.From(exception, target));
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

        protected void FlushLog()
        {
            if (_log == null) return;
            while (_log.TryTake(out ChatLogLevel level, out string text))
            {
                try
                {
                    switch (level)
                    {
                        case ChatLogLevel.Warning: WriteWarning(text); break;
                        case ChatLogLevel.Debug: WriteDebug(text); break;
                        default: WriteVerbose(text); break;
                    }
                }
                catch (Exception e) when (HostExceptions.CannotPrompt(e))
                {
                    // An Inquire preference (-Debug makes $VerbosePreference Inquire; in Windows PowerShell $DebugPreference
                    // too) on a host that cannot ask. PowerShell writes the line before it asks, so the line is out; going
                    // on is what PowerShell itself does for a host without UI (it reads Inquire as Continue there).
                }
            }
        }

        /// <summary>ShouldProcess; a question the host cannot ask becomes a ConfirmationRequired error for this target, which is skipped.</summary>
        protected new bool ShouldProcess(string target, string action) => ShouldProcessItem(target, action, target);

        /// <summary>ShouldProcess, with <paramref name="errorTarget"/> as the TargetObject of a ConfirmationRequired error.</summary>
        protected bool ShouldProcessItem(string target, string action, object errorTarget)
        {
            try
            {
                return base.ShouldProcess(target, action);
            }
            catch (Exception e) when (HostExceptions.CannotPrompt(e))
            {
                WriteError(ErrorRecords.ConfirmationRequired(e, $"\"{action}\" on \"{target}\".",
                    "Decide in the command: add -Confirm:$false (or set $ConfirmPreference = 'None') to go ahead without asking, or -WhatIf to see what would be done.",
                    errorTarget));
                return false;
            }
        }

        /// <summary>ShouldContinue; a question the host cannot ask becomes a ConfirmationRequired error, and the answer is no.</summary>
        protected new bool ShouldContinue(string query, string caption, ref bool yesToAll, ref bool noToAll)
        {
            try
            {
                return base.ShouldContinue(query, caption, ref yesToAll, ref noToAll);
            }
            catch (Exception e) when (HostExceptions.CannotPrompt(e))
            {
                WriteError(ErrorRecords.ConfirmationRequired(e, query, "Add -Force to go ahead without this question.", null));
                return false;
            }
        }

        private void Guarded(Action action)
        {
            try
            {
                action();
                FlushLog();
            }
            catch (ChatAdminException e)
            {
                WriteItemError(e);
            }
            catch (Exception e) when (!(e is OperationCanceledException) && !HostExceptions.BelongsToPowerShell(e))
            {
                FlushLog();
                ThrowTerminatingError(ErrorRecords.Unexpected(e, ActiveSession.Redactor.Redact(e.Message)));
            }
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

        public void Dispose()
        {
            _fanOut?.Dispose();
            _stopping.Dispose();
        }
    }
}
