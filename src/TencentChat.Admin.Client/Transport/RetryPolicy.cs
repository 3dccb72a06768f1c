using System;
using System.Security.Cryptography;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// Bounded attempts, exponential backoff with full jitter (a random wait between zero and the exponential
    /// cap, so many clients throttled at once do not retry in lockstep) and an overall deadline per call.
    /// Frequency-limit answers back off from a longer base.
    /// </summary>
    public sealed class RetryPolicy
    {
        public int MaxAttempts { get; set; } = 6;
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);
        public TimeSpan ThrottleBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);
        /// <summary>No retry starts after this much time has passed since the first attempt.</summary>
        public TimeSpan Deadline { get; set; } = TimeSpan.FromMinutes(2);

        public static RetryPolicy NoRetries => new RetryPolicy { MaxAttempts = 1 };

        /// <summary>Delay before retry number <paramref name="retry"/> (1 = first retry).</summary>
        internal TimeSpan DelayBefore(int retry, bool throttled)
        {
            double baseMs = (throttled ? ThrottleBaseDelay : BaseDelay).TotalMilliseconds;
            double capMs = Math.Min(MaxDelay.TotalMilliseconds, baseMs * Math.Pow(2, Math.Min(retry - 1, 30)));
            return TimeSpan.FromMilliseconds(capMs * NextUnitDouble());
        }

        private static double NextUnitDouble()
        {
            var bytes = new byte[4];
            using (var rng = RandomNumberGenerator.Create()) rng.GetBytes(bytes);
            return BitConverter.ToUInt32(bytes, 0) / (double)uint.MaxValue;
        }
    }
}
