using System;

namespace TencentChat.Admin.Client.Authentication
{
    /// <summary>The fields inside a decoded UserSig (spec §4.3). Holds no key; the signature is public data.</summary>
    public sealed class UserSigContents
    {
        internal UserSigContents(string version, string identifier, long sdkAppId, long issuedAtUnix, long lifetimeSeconds, string signature, byte[]? userBuffer)
        {
            Version = version;
            Identifier = identifier;
            SdkAppId = sdkAppId;
            IssuedAtUnix = issuedAtUnix;
            LifetimeSeconds = lifetimeSeconds;
            Signature = signature;
            UserBuffer = userBuffer;
        }

        public string Version { get; }
        public string Identifier { get; }
        public long SdkAppId { get; }
        public long IssuedAtUnix { get; }
        public long LifetimeSeconds { get; }
        /// <summary>TLS.sig: base64 HMAC-SHA256.</summary>
        internal string Signature { get; }
        internal byte[]? UserBuffer { get; }

        public DateTimeOffset IssuedAt => DateTimeOffset.FromUnixTimeSeconds(IssuedAtUnix);
        public DateTimeOffset ExpiresAt => DateTimeOffset.FromUnixTimeSeconds(IssuedAtUnix + LifetimeSeconds);

        /// <summary>Tencent's rule (spec §4.5): expired when now &gt; time + expire, so valid through the final second.</summary>
        public bool IsExpiredAt(DateTimeOffset now) => now.ToUnixTimeSeconds() > IssuedAtUnix + LifetimeSeconds;
    }
}
