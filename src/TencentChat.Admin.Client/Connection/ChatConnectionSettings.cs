using System;
using System.Net;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client.Connection
{
    /// <summary>What Connect-ChatAdmin (or a test) knows about a connection before it is validated and opened.</summary>
    public sealed class ChatConnectionSettings
    {
        public const string DefaultIdentifier = "administrator";
        public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(10);
        public const double DefaultRateLimitPerSecond = 200;

        public long? SdkAppId { get; set; }
        public string? Identifier { get; set; }

        /// <summary>Preferred: the module signs and renews UserSigs itself.</summary>
        public ChatSecretKey? SecretKey { get; set; }

        /// <summary>A ready-made admin UserSig, for admins who do not hold the key. It cannot be renewed.</summary>
        public string? UserSig { get; set; }

        /// <summary>Where the credentials came from (SecretKey, Credential, UserSig, Environment), for display only.</summary>
        public string CredentialSource { get; set; } = "SecretKey";

        public ChatRegion? Region { get; set; }

        /// <summary>Instead of a region: the emulator, a proxy, or a test server. Plain http only to loopback.</summary>
        public Uri? Endpoint { get; set; }

        /// <summary>Failover target for <see cref="Endpoint"/>; regions bring their documented backup domain.</summary>
        public Uri? BackupEndpoint { get; set; }

        public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;
        public TimeSpan UserSigLifetime { get; set; } = UserSigCodec.DefaultLifetime;
        public double RateLimitPerSecond { get; set; } = DefaultRateLimitPerSecond;
        public RetryPolicy Retry { get; set; } = new RetryPolicy();
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        internal static bool IsLoopback(Uri uri)
        {
            if (uri.IsLoopback) return true;
            return IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address);
        }
    }
}
