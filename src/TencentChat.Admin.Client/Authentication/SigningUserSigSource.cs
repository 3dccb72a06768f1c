using System;
using TencentChat.Admin.Client.Diagnostics;

namespace TencentChat.Admin.Client.Authentication
{
    /// <summary>
    /// Signs admin UserSigs from the session's key, caches one and renews it before it expires, so a runbook
    /// that runs for days never meets 70001. Thread-safe: parallel runspaces share one session.
    /// </summary>
    internal sealed class SigningUserSigSource : IUserSigSource
    {
        private readonly object _gate = new object();
        private readonly long _sdkAppId;
        private readonly string _identifier;
        private readonly ChatSecretKey _key;
        private readonly TimeSpan _lifetime;
        private readonly TimeSpan _renewalMargin;
        private readonly Func<DateTimeOffset> _clock;
        private readonly Redactor _redactor;
        private string? _current;
        private DateTimeOffset _expiresAt;

        public SigningUserSigSource(long sdkAppId, string identifier, ChatSecretKey key, TimeSpan lifetime, Func<DateTimeOffset> clock, Redactor redactor)
        {
            _sdkAppId = sdkAppId;
            _identifier = identifier;
            _key = key;
            _lifetime = lifetime;
            // Renew with a quarter of the lifetime left, at most 5 minutes early: enough for clock skew and for a
            // request queued behind the rate limiter, without re-signing on every call for short lifetimes.
            _renewalMargin = TimeSpan.FromTicks(Math.Min(lifetime.Ticks / 4, TimeSpan.FromMinutes(5).Ticks));
            _clock = clock;
            _redactor = redactor;
        }

        public bool CanRenew => true;

        public DateTimeOffset ExpiresAt
        {
            get { lock (_gate) return _current == null ? _clock() + _lifetime : _expiresAt; }
        }

        public string GetUserSig()
        {
            lock (_gate)
            {
                DateTimeOffset now = _clock();
                if (_current == null || now >= _expiresAt - _renewalMargin)
                {
                    _current = UserSigCodec.Create(_sdkAppId, _key, _identifier, now, _lifetime);
                    _expiresAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()) + _lifetime;
                    _redactor.Register(_current);
                }
                return _current;
            }
        }

        public void Renew()
        {
            lock (_gate) _current = null;
        }
    }
}
