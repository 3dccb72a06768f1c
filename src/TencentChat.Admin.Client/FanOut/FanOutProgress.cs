using System;
using System.Diagnostics;
using System.Globalization;
using TencentChat.Admin.Client.Connection;

namespace TencentChat.Admin.Client.FanOut
{
    /// <summary>
    /// The progress line of an <see cref="AccountFanOut"/>: accounts done (of the total when known), items written,
    /// the session's requests per second (since the work began, over at least <see cref="MinRateInterval"/>), retries and throttled answers since the work began. Only long work reports
    /// (more than one account, or more than one page), and at most once per <see cref="Interval"/>.
    /// </summary>
    public sealed class FanOutProgress
    {
        /// <summary>Four updates a second: enough to look alive, few enough to cost nothing.</summary>
        public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

        /// <summary>The shortest time a rate is measured over: the rate limits' own window.</summary>
        internal static readonly TimeSpan MinRateInterval = TimeSpan.FromSeconds(1);

        private readonly AccountFanOut _work;
        private readonly ChatSession _session;
        private readonly string _itemName;
        private readonly string _jobName;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly long _requestsBefore;
        private readonly long _retriesBefore;
        private readonly long _throttledBefore;
        private TimeSpan _lastReport;

        /// <param name="work">The work to describe.</param>
        /// <param name="session">Whose counters give requests, retries and throttled answers.</param>
        /// <param name="itemName">What the items are, plural: "conversations".</param>
        /// <param name="totalAccounts">How many accounts there will be, when known in advance.</param>
        /// <param name="jobName">What the fan-out's jobs are, plural: "accounts", or "requests" for the account cmdlets' batches.</param>
        public FanOutProgress(AccountFanOut work, ChatSession session, string itemName, int? totalAccounts, string jobName = "accounts")
        {
            _jobName = jobName;
            _work = work;
            _session = session;
            _itemName = itemName;
            TotalAccounts = totalAccounts;
            _requestsBefore = session.Requests;
            _retriesBefore = session.Retries;
            _throttledBefore = session.Throttled;
        }

        public int? TotalAccounts { get; }

        /// <summary>True once an update was reported, so that the caller knows to complete the progress bar.</summary>
        public bool HasReported { get; private set; }

        /// <summary>The status line and percentage (-1 when the total is unknown) when an update is due.</summary>
        public bool TryReport(out string status, out int percentComplete)
        {
            status = string.Empty;
            percentComplete = -1;
            TimeSpan now = _clock.Elapsed;
            if (_work.AccountsStarted <= 1 && _work.PagesWritten <= 1) return false;
            if (HasReported && now - _lastReport < Interval) return false;
            HasReported = true;
            _lastReport = now;

            int done = _work.AccountsDone;
            long requests = _session.Requests - _requestsBefore;
            // Over at least a second: the first update comes within milliseconds, when the first burst of requests over so
            // short a time would read as thousands a second under a limit of 200 (a sliding second the limiter keeps to).
            double perSecond = requests / Math.Max(now.TotalSeconds, MinRateInterval.TotalSeconds);
            string accounts = TotalAccounts is int total
                ? string.Format(CultureInfo.CurrentCulture, "{0:N0} of {1:N0} {2} done", done, total, _jobName)
                : string.Format(CultureInfo.CurrentCulture, "{0:N0} {1} done", done, _jobName);
            status = string.Format(CultureInfo.CurrentCulture, "{0}, {1:N0} {2}, {3:N0} requests/s, {4:N0} retries, {5:N0} throttled",
                accounts, _work.ItemsWritten, _itemName, perSecond, _session.Retries - _retriesBefore, _session.Throttled - _throttledBefore);
            if (TotalAccounts is int all && all > 0)
                percentComplete = Math.Min(100, done * 100 / all);
            return true;
        }
    }
}
