using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// Client-side limit of N calls per second per command (Tencent documents 200/s per recentcontact API),
    /// shared by everything that uses the session, including parallel runspaces. Waiting is cancellable.
    /// </summary>
    internal sealed class TokenBucketRateLimiter
    {
        private readonly double _ratePerSecond;
        private readonly ConcurrentDictionary<string, Bucket> _buckets = new ConcurrentDictionary<string, Bucket>(StringComparer.Ordinal);

        public TokenBucketRateLimiter(double ratePerSecond) => _ratePerSecond = ratePerSecond;

        public bool Enabled => _ratePerSecond > 0;

        /// <summary>Takes one token for <paramref name="command"/>, waiting if needed; returns the time waited.</summary>
        public async Task<TimeSpan> AcquireAsync(string command, CancellationToken cancellationToken)
        {
            if (!Enabled) return TimeSpan.Zero;
            var bucket = _buckets.GetOrAdd(command, _ => new Bucket(_ratePerSecond));
            var waited = Stopwatch.StartNew();
            TimeSpan delay;
            while ((delay = bucket.TryTake()) > TimeSpan.Zero)
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            return waited.Elapsed;
        }

        private sealed class Bucket
        {
            private readonly object _gate = new object();
            private readonly double _rate;
            private readonly double _capacity;
            private readonly Stopwatch _clock = Stopwatch.StartNew();
            private double _tokens;
            private double _lastSeconds;

            public Bucket(double rate)
            {
                _rate = rate;
                // Allow at most one second's worth of burst; at least one token so tiny rates still work.
                _capacity = Math.Max(1, rate);
                _tokens = _capacity;
            }

            /// <summary>Zero when a token was taken, otherwise how long until one will be there.</summary>
            public TimeSpan TryTake()
            {
                lock (_gate)
                {
                    double now = _clock.Elapsed.TotalSeconds;
                    _tokens = Math.Min(_capacity, _tokens + (now - _lastSeconds) * _rate);
                    _lastSeconds = now;
                    if (_tokens >= 1)
                    {
                        _tokens -= 1;
                        return TimeSpan.Zero;
                    }
                    return TimeSpan.FromSeconds(Math.Max((1 - _tokens) / _rate, 0.001));
                }
            }
        }
    }
}
