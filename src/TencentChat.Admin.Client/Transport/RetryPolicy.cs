using System;
using System.Security.Cryptography;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// The whole retry decision: which failures are asked again (see <see cref="ShouldRetry"/>), bounded attempts,
    /// exponential backoff with full jitter (a random wait between zero and the exponential cap, so many clients
    /// throttled at once do not retry in lockstep) and an overall deadline per call. Frequency-limit answers back off
    /// from a longer base.
    /// </summary>
    public sealed class RetryPolicy
    {
        /// <summary>Retries after the first attempt unless the caller says otherwise (Connect-ChatAdmin -MaxRetryCount).</summary>
        public const int DefaultMaxRetryCount = 5;

        public int MaxAttempts { get; set; } = DefaultMaxRetryCount + 1;
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);
        public TimeSpan ThrottleBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);
        /// <summary>No retry starts after this much time has passed since the first attempt.</summary>
        public TimeSpan Deadline { get; set; } = TimeSpan.FromMinutes(2);

        public static RetryPolicy NoRetries => new RetryPolicy { MaxAttempts = 1 };

        /// <summary>
        /// Whether to send <paramref name="command"/> again after attempt number <paramref name="attempt"/> failed with
        /// <paramref name="failure"/>, <paramref name="elapsed"/> after the first attempt started; if so, after
        /// <paramref name="delay"/>. Throttled answers wait from the longer base; an expired UserSig is asked again at once,
        /// once, and only when the caller can make a new one (<paramref name="renewUserSig"/> then tells it to); a failure
        /// whose outcome is unknown is asked again only for commands that may repeat (<see cref="ChatCommand.RetryWhenOutcomeUnknown"/>);
        /// a request that never left this machine always may. Malformed answers and input errors are never asked again.
        /// </summary>
        internal bool ShouldRetry(ChatCommand command, ChatAdminException failure, int attempt, TimeSpan elapsed, bool canRenewUserSig,
            out TimeSpan delay, out bool renewUserSig)
        {
            delay = TimeSpan.Zero;
            renewUserSig = false;
            Backoff backoff = BackoffFor(command, failure, canRenewUserSig);
            if (backoff == Backoff.Stop || attempt >= MaxAttempts || elapsed >= Deadline)
                return false;
            renewUserSig = backoff == Backoff.None;
            delay = backoff == Backoff.None ? TimeSpan.Zero : DelayBefore(attempt, backoff == Backoff.Throttled);
            return elapsed + delay <= Deadline;
        }

        private enum Backoff { Stop, None, Normal, Throttled }

        private static Backoff BackoffFor(ChatCommand command, ChatAdminException failure, bool canRenewUserSig)
        {
            switch (failure)
            {
                case ChatApiException api:
                    switch (api.Retry)
                    {
                        case RetryClass.Throttled:
                            return Backoff.Throttled;
                        case RetryClass.RenewUserSig when canRenewUserSig:
                            return Backoff.None;
                        case RetryClass.Transient when command.RetryWhenOutcomeUnknown:
                            return Backoff.Normal;
                        default:
                            return Backoff.Stop;
                    }
                case ChatTransportException transport:
                    if (transport.Failure == TransportFailure.NotSent) return Backoff.Normal;
                    if (transport.Failure == TransportFailure.Ambiguous && command.RetryWhenOutcomeUnknown) return Backoff.Normal;
                    return Backoff.Stop;
                default:
                    return Backoff.Stop;
            }
        }

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
