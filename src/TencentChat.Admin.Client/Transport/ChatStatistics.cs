using System;
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
        private long _waitedTicks;
        private int _lastErrorCode;

        public long Requests => Interlocked.Read(ref _requests);
        public long Retries => Interlocked.Read(ref _retries);
        /// <summary>Answers with a frequency-limit code (60007, 60011, 60018, 60019).</summary>
        public long Throttled => Interlocked.Read(ref _throttled);
        public long Failovers => Interlocked.Read(ref _failovers);
        /// <summary>Time spent in retry backoff and in the client-side rate limiter.</summary>
        public TimeSpan TimeWaited => TimeSpan.FromTicks(Interlocked.Read(ref _waitedTicks));
        /// <summary>The last non-zero Tencent ErrorCode seen, or null.</summary>
        public int? LastErrorCode { get { int c = Volatile.Read(ref _lastErrorCode); return c == 0 ? (int?)null : c; } }

        internal void CountRequest() => Interlocked.Increment(ref _requests);
        internal void CountRetry() => Interlocked.Increment(ref _retries);
        internal void CountThrottled() => Interlocked.Increment(ref _throttled);
        internal void CountFailover() => Interlocked.Increment(ref _failovers);
        internal void AddWait(TimeSpan wait) { if (wait > TimeSpan.Zero) Interlocked.Add(ref _waitedTicks, wait.Ticks); }
        internal void RecordErrorCode(int code) => Volatile.Write(ref _lastErrorCode, code);

        public override string ToString() =>
            $"Requests={Requests} Retries={Retries} Throttled={Throttled} Failovers={Failovers} TimeWaited={TimeWaited} LastErrorCode={LastErrorCode}";
    }
}
