using System;
using System.Diagnostics;
using System.Threading;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>Per-session counters, shown by Get-ChatConnection; safe to update from many threads.</summary>
    public sealed class ChatStatistics
    {
        private long _requests;
        private long _retries;
        private long _throttled;
        private long _failovers;
        private readonly object _waitGate = new object();
        private int _waiting;
        private long _waitingSince;
        private long _waitedTimestampTicks;
        private int _lastErrorCode;

        public long Requests => Interlocked.Read(ref _requests);
        public long Retries => Interlocked.Read(ref _retries);
        /// <summary>Answers with a frequency-limit code (60007, 60011, 60018, 60019).</summary>
        public long Throttled => Interlocked.Read(ref _throttled);
        public long Failovers => Interlocked.Read(ref _failovers);
        /// <summary>
        /// Wall time during which at least one request waited, in retry backoff or in the client-side rate limiter. Not the
        /// sum of the requests' waits: with -ThrottleLimit 16, sixteen requests waiting the same second count one second,
        /// so it never exceeds the time the session has been running.
        /// </summary>
        public TimeSpan TimeWaited
        {
            get
            {
                lock (_waitGate)
                    return FromTimestamp(_waitedTimestampTicks + (_waiting > 0 ? Stopwatch.GetTimestamp() - _waitingSince : 0));
            }
        }
        /// <summary>The last non-zero Tencent ErrorCode seen, or null.</summary>
        public int? LastErrorCode { get { int c = Volatile.Read(ref _lastErrorCode); return c == 0 ? (int?)null : c; } }

        internal void CountRequest() => Interlocked.Increment(ref _requests);
        internal void CountRetry() => Interlocked.Increment(ref _retries);
        internal void CountThrottled() => Interlocked.Increment(ref _throttled);
        internal void CountFailover() => Interlocked.Increment(ref _failovers);

        /// <summary>A request starts waiting; disposing the result ends it. Only time with no request waiting is left out of <see cref="TimeWaited"/>.</summary>
        internal Wait Waiting()
        {
            lock (_waitGate)
                if (_waiting++ == 0) _waitingSince = Stopwatch.GetTimestamp();
            return new Wait(this);
        }

        private void EndWait()
        {
            lock (_waitGate)
                if (--_waiting == 0) _waitedTimestampTicks += Stopwatch.GetTimestamp() - _waitingSince;
        }

        private static TimeSpan FromTimestamp(long ticks) => TimeSpan.FromSeconds(ticks / (double)Stopwatch.Frequency);

        internal readonly struct Wait : IDisposable
        {
            private readonly ChatStatistics _statistics;

            public Wait(ChatStatistics statistics) => _statistics = statistics;

            public void Dispose() => _statistics.EndWait();
        }
        internal void RecordErrorCode(int code) => Volatile.Write(ref _lastErrorCode, code);

        public override string ToString() =>
            $"Requests={Requests} Retries={Retries} Throttled={Throttled} Failovers={Failovers} TimeWaited={TimeWaited} LastErrorCode={LastErrorCode}";
    }
}
