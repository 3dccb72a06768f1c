using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// The one way in of every cmdlet of the module. A cmdlet overrides <see cref="Begin"/>, <see cref="Process"/> and
    /// <see cref="End"/> (never PowerShell's BeginProcessing/ProcessRecord/EndProcessing, which are sealed here), and the
    /// base around them:
    /// <list type="bullet">
    /// <item>guards each of them: a client failure (<see cref="ChatAdminException"/>) becomes an ErrorRecord with its stable
    /// ErrorId (terminating in Begin, where nothing can go on, and for session-wide failures; otherwise non-terminating),
    /// anything unanticipated becomes one redacted UnexpectedError without a stack trace, and PowerShell's own flow
    /// control passes untouched (<see cref="PassesThroughGuard"/>);</item>
    /// <item>drains <see cref="Log"/>, where the client queues its verbose, debug and warning lines from any thread, onto
    /// the matching streams on the pipeline thread;</item>
    /// <item>finds the session (<see cref="SessionOrDefault"/>, <see cref="RequireSession"/>);</item>
    /// <item>writes client failures (<see cref="WriteItemError"/>, <see cref="ThrowChatError"/>).</item>
    /// </list>
    /// It also waits for one client call on the pipeline thread (<see cref="Await{T}"/>), cancelled on Ctrl+C. Cmdlets that
    /// work on owner accounts derive from <see cref="ChatApiCmdlet"/>, which adds the session and the fan-out.
    /// </summary>
    public abstract class ChatCmdlet : PSCmdlet, IDisposable
    {
        private static readonly TimeSpan PumpInterval = TimeSpan.FromMilliseconds(50);

        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private Redactor _redactor = new Redactor();
        private ChatSession? _logSession;
        private ChatLog? _log;
        private bool _verbose;
        private bool _debug;
        private readonly Dictionary<string, IReadOnlyList<string>> _accountPropertyNames = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        /// <summary>
        /// Where client code sends its diagnostic lines; they reach the Verbose, Debug and Warning streams when the base
        /// drains it (after every Begin, Process and End, and while <see cref="ChatApiCmdlet"/> waits for client work).
        /// Verbose and Debug lines are kept only when this command's caller listens to them.
        /// </summary>
        protected ChatLog Log => _log ??= _logSession?.CreateLog(_verbose, _debug) ?? new ChatLog(_redactor, _verbose, _debug);

        protected sealed override void BeginProcessing()
        {
            _verbose = Listens("Verbose", "VerbosePreference");
            _debug = Listens("Debug", "DebugPreference");
            Guarded(() =>
            {
                Prepare();
                Begin();
            }, beginning: true);
        }

        protected sealed override void ProcessRecord()
        {
            Guarded(Process);
            Guarded(AfterProcess);
        }

        protected sealed override void EndProcessing()
        {
            // Separately guarded: an error written by End must not keep the base from finishing work already under way.
            Guarded(End);
            Guarded(Complete);
        }

        /// <summary>Once, before the first pipeline object: check parameters, open what Process needs.</summary>
        protected virtual void Begin() { }

        /// <summary>Once per pipeline object (once in all without pipeline input).</summary>
        protected virtual void Process() { }

        /// <summary>Once, after the last pipeline object; the base then finishes what is still under way.</summary>
        protected virtual void End() { }

        /// <summary>Cancelled on Ctrl+C or when the pipeline stops; every client call gets it.</summary>
        protected CancellationToken StopToken => _stopping.Token;

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
        /// The one loop the pipeline thread runs while client work is under way: writes log lines and progress, and lets
        /// <paramref name="waitOrRun"/> wait (or run what a job delivered) for a moment at a time, until <paramref name="done"/>.
        /// </summary>
        private protected void PumpUntil(Func<bool> done, Action<TimeSpan> waitOrRun)
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

        /// <summary>The infrastructure's progress line, written while <see cref="PumpUntil"/> waits (the fan-out's).</summary>
        private protected virtual void ReportProgress() { }

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

        /// <summary>The infrastructure's step before <see cref="Begin"/> (the API cmdlets find their session there).</summary>
        private protected virtual void Prepare() { }

        /// <summary>The infrastructure's step after each <see cref="Process"/> (the API cmdlets write what is ready).</summary>
        private protected virtual void AfterProcess() { }

        /// <summary>The infrastructure's step after <see cref="End"/> (the API cmdlets send what is queued and wait for it).</summary>
        private protected virtual void Complete() { }

        /// <summary>From now on, log lines and unexpected messages are redacted with <paramref name="session"/>'s own secrets.</summary>
        private protected void LogFor(ChatSession session)
        {
            _logSession = session;
            _redactor = session.Redactor;
            _log = null;
        }

        /// <summary>The session given (-Session), or else the runspace default (Connect-ChatAdmin); null when there is neither.</summary>
        protected static ChatSession? SessionOrDefault(ChatSession? given) => given ?? SessionRegistry.Get();

        /// <summary>As <see cref="SessionOrDefault"/>, but ends the command with NotConnected when there is none.</summary>
        protected ChatSession RequireSession(ChatSession? given)
        {
            ChatSession? session = SessionOrDefault(given);
            if (session == null)
                ThrowTerminatingError(ErrorRecords.NotConnected());
            return session!;
        }

        /// <summary>
        /// Writes one item's failure as a non-terminating error with <paramref name="target"/> (something that pipes back
        /// into the same cmdlet) and lets the pipeline go on, unless the failure is session-wide
        /// (<see cref="ChatAdminException.IsSessionWide"/>): then every later item would fail too, and it ends the command.
        /// </summary>
        protected void WriteItemError(ChatAdminException exception, object? target = null)
        {
            if (exception.IsSessionWide)
                ThrowChatError(exception, target);
            FlushLog();
            WriteError(ErrorRecords.From(exception, target));
        }

        /// <summary>
        /// The UserIDs that account parameter <paramref name="parameter"/> (object[], see <see cref="AccountInput"/>) holds for
        /// the current pipeline object; each item that names no valid account is written as its own error, with the item as
        /// target, and nothing is sent for it.
        /// </summary>
        protected IEnumerable<string> RequestedAccounts(object?[] items, string parameter, string what)
        {
            // CommandInfo.Parameters builds its metadata afresh on every call (tens of microseconds): once per parameter, not per pipeline object.
            if (!_accountPropertyNames.TryGetValue(parameter, out IReadOnlyList<string>? names))
                _accountPropertyNames[parameter] = names = AccountInput.NamesOf(MyInvocation.MyCommand, parameter);
            foreach (object? item in items)
            {
                string? valid = null;
                try
                {
                    valid = AccountInput.UserIdOf(item, names, what);
                }
                catch (ChatInputException e)
                {
                    WriteItemError(e, item);
                }
                if (valid != null) yield return valid;
            }
        }

        /// <summary>Ends the command with <paramref name="exception"/> as its terminating error.</summary>
        protected void ThrowChatError(ChatAdminException exception, object? target = null)
        {
            FlushLog();
            ThrowTerminatingError(ErrorRecords.From(exception, target));
        }

        /// <summary>Writes the lines client code queued in <see cref="Log"/>, on the stream each asks for.</summary>
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

        /// <summary>
        /// Whether WriteVerbose or WriteDebug would show anything: the -Verbose/-Debug switch when given, otherwise the
        /// preference variable in the caller's scope (anything but SilentlyContinue and Ignore shows).
        /// </summary>
        private bool Listens(string commonParameter, string preferenceVariable)
        {
            if (MyInvocation.BoundParameters.TryGetValue(commonParameter, out object? given))
                return given is SwitchParameter option ? option.IsPresent : LanguagePrimitives.IsTrue(given);
            object? preference = SessionState.PSVariable.GetValue(preferenceVariable);
            if (preference == null || !LanguagePrimitives.TryConvertTo(preference, out ActionPreference action))
                return false;
            return action != ActionPreference.SilentlyContinue && action != ActionPreference.Ignore;
        }

        private void Guarded(Action action, bool beginning = false)
        {
            try
            {
                action();
                FlushLog();
            }
            catch (ChatAdminException e)
            {
                if (beginning) ThrowChatError(e);
                WriteItemError(e);
            }
            catch (Exception e) when (!PassesThroughGuard(e))
            {
                FlushLog();
                ThrowTerminatingError(ErrorRecords.Unexpected(e, _redactor.Redact(e.Message)));
            }
        }

        /// <summary>
        /// What the guard leaves alone: a cancellation, and PowerShell's own flow control, host and engine exceptions
        /// (<see cref="HostExceptions.BelongsToPowerShell"/>: a stopped pipeline, Ctrl+C, an -ErrorAction Stop escalation,
        /// Select-Object -First, a host that cannot prompt, a terminating error already made into a record). Everything
        /// else a cmdlet throws is unanticipated and becomes UnexpectedError.
        /// </summary>
        private static bool PassesThroughGuard(Exception e) => e is OperationCanceledException || HostExceptions.BelongsToPowerShell(e);

        public void Dispose()
        {
            Dispose(true);
            _stopping.Dispose();
            GC.SuppressFinalize(this);
        }

        /// <summary>Releases what the cmdlet holds (a key, the fan-out), also when the command ended early.</summary>
        protected virtual void Dispose(bool disposing) { }
    }
}
