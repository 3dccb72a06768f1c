using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Base of every cmdlet that calls the API: resolves the session (-Session or the runspace default),
    /// runs the client's async work off the pipeline thread while pumping its log lines onto the pipeline
    /// thread, cancels in-flight requests on Ctrl+C or a stopped pipeline, and turns client exceptions into
    /// ErrorRecords: terminating for credential, permission and connection failures (later items would fail
    /// the same way), non-terminating for a failure of one item.
    /// </summary>
    public abstract class ChatApiCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private ChatLog? _log;

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
            while (!WaitBriefly(task))
                FlushLog();
            FlushLog();
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>Writes one item's failure and lets the pipeline go on, unless the failure dooms every later item too.</summary>
        protected void WriteItemError(ChatAdminException exception, object? target = null)
        {
            FlushLog();
            if (IsSessionWide(exception))
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
                switch (level)
                {
                    case ChatLogLevel.Warning: WriteWarning(text); break;
                    case ChatLogLevel.Debug: WriteDebug(text); break;
                    default: WriteVerbose(text); break;
                }
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
            catch (Exception e) when (!(e is PipelineStoppedException) && !(e is OperationCanceledException) && !(e is ActionPreferenceStopException)
                                      && !(e is RuntimeException))
            {
                FlushLog();
                ThrowTerminatingError(ErrorRecords.Unexpected(e, ActiveSession.Redactor.Redact(e.Message)));
            }
        }

        private static bool IsSessionWide(ChatAdminException e) =>
            e.Kind == ChatErrorKind.AuthenticationError || e.Kind == ChatErrorKind.PermissionDenied || e.Kind == ChatErrorKind.ConnectionError
            || e.ErrorId == "SessionClosed";

        private static bool WaitBriefly(Task task)
        {
            try
            {
                return task.Wait(50);
            }
            catch (AggregateException)
            {
                return true;
            }
        }

        public void Dispose() => _stopping.Dispose();
    }
}
