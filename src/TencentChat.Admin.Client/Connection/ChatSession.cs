using System;
using System.Linq;
using System.Globalization;
using System.Net.Http;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client.Connection
{
    /// <summary>
    /// A validated connection to one Chat app: what Connect-ChatAdmin -PassThru returns and what -Session takes.
    /// Its public properties are safe to print; the key and UserSig live in private objects that never render.
    /// </summary>
    public sealed class ChatSession : IDisposable
    {
        private readonly IUserSigSource _userSig;
        private readonly ChatSecretKey? _secretKey;

        private ChatSession(ChatConnectionSettings settings, long sdkAppId, string identifier, IUserSigSource userSig, ChatEndpoints endpoints,
            Redactor redactor, HttpMessageHandler? handler)
        {
            SdkAppId = sdkAppId;
            Identifier = identifier;
            Region = settings.Region;
            CredentialSource = settings.CredentialSource;
            RequestTimeout = settings.RequestTimeout;
            RateLimitPerSecond = settings.RateLimitPerSecond;
            ConnectedAt = settings.Clock();
            Clock = settings.Clock;
            Redactor = redactor;
            _userSig = userSig;
            _secretKey = settings.SecretKey;
            Transport = new ChatApiTransport(endpoints, sdkAppId, identifier, userSig, redactor, settings.RequestTimeout, settings.Retry,
                settings.RateLimitPerSecond, handler);
        }

        public long SdkAppId { get; }
        public string Identifier { get; }
        public ChatRegion? Region { get; }
        /// <summary>Where requests go now: the region's primary domain, its backup after a failover, or -Endpoint.</summary>
        public Uri Endpoint => Transport.ActiveEndpoint;
        public string CredentialSource { get; }
        /// <summary>When the current UserSig expires; with a key the module renews it before then.</summary>
        public DateTimeOffset UserSigExpiresAt => _userSig.ExpiresAt;
        public bool RenewsUserSig => _userSig.CanRenew;
        public DateTimeOffset ConnectedAt { get; }
        public TimeSpan RequestTimeout { get; }
        public double RateLimitPerSecond { get; }

        public long Requests => Transport.Statistics.Requests;
        public long Retries => Transport.Statistics.Retries;
        public long Throttled => Transport.Statistics.Throttled;
        public long Failovers => Transport.Statistics.Failovers;
        public TimeSpan TimeWaited => Transport.Statistics.TimeWaited;
        public int? LastErrorCode => Transport.Statistics.LastErrorCode;

        internal ChatApiTransport Transport { get; }
        internal Redactor Redactor { get; }
        internal Func<DateTimeOffset> Clock { get; }

        /// <summary>Validates <paramref name="settings"/> and opens a session; no request is sent.</summary>
        /// <param name="settings">What the caller knows; validated here.</param>
        /// <param name="log">Receives warnings, e.g. a ready-made UserSig that expires soon.</param>
        /// <param name="handler">For tests only: an HTTP handler to use instead of the platform one.</param>
        public static ChatSession Open(ChatConnectionSettings settings, ChatLog? log = null, HttpMessageHandler? handler = null)
        {
            if (settings is null) throw new ArgumentNullException(nameof(settings));
            long sdkAppId = settings.SdkAppId ?? throw new ChatInputException("MissingSdkAppId",
                $"No SDKAppID: pass -SdkAppId or set {ChatEnvironment.SdkAppIdVariable}.");
            if (sdkAppId <= 0 || sdkAppId > uint.MaxValue)
                throw new ChatInputException("MalformedSdkAppId", $"SDKAppID {sdkAppId} is out of range (1 to {uint.MaxValue}).", sdkAppId);
            string identifier = AccountIds.ValidateIdentifier(settings.Identifier ?? ChatConnectionSettings.DefaultIdentifier);
            if (settings.RequestTimeout <= TimeSpan.Zero)
                throw new ChatInputException("InvalidTimeout", "The request timeout must be positive; Tencent's own limit is 3 s, so use more than that.");
            if (settings.RateLimitPerSecond < 0)
                throw new ChatInputException("InvalidRateLimit", "The rate limit must be 0 (off) or a positive number of calls per second.");
            ChatEndpoints endpoints = ResolveEndpoints(settings);

            var redactor = new Redactor();
            IUserSigSource userSig;
            if (settings.SecretKey != null)
            {
                if (settings.UserSig != null)
                    throw new ChatInputException("AmbiguousCredentials", "Give a secret key or a ready-made UserSig, not both.");
                if (settings.UserSigLifetime < TimeSpan.FromSeconds(30))
                    throw new ChatInputException("InvalidUserSigLifetime", "The UserSig lifetime must be at least 30 seconds.", settings.UserSigLifetime);
                redactor.Register(settings.SecretKey);
                userSig = new SigningUserSigSource(sdkAppId, identifier, settings.SecretKey, settings.UserSigLifetime, settings.Clock, redactor);
            }
            else if (settings.UserSig != null)
            {
                redactor.Register(settings.UserSig);
                userSig = ReadyMade(settings.UserSig, sdkAppId, identifier, settings.Clock(), log);
            }
            else
            {
                throw new ChatInputException("MissingCredentials",
                    $"No credentials: pass -SecretKey, -Credential or -UserSig, or set {ChatEnvironment.SecretKeyVariable} (or {ChatEnvironment.UserSigVariable}).");
            }

            return new ChatSession(settings, sdkAppId, identifier, userSig, endpoints, redactor, handler);
        }

        private static ChatEndpoints ResolveEndpoints(ChatConnectionSettings settings)
        {
            if (settings.Region != null && settings.Endpoint != null)
                throw new ChatInputException("RegionAndEndpoint", "Use -Region or -Endpoint, not both.");
            if (settings.Region is ChatRegion region)
            {
                if (!Enum.IsDefined(typeof(ChatRegion), region))
                    throw new ChatInputException("InvalidRegion", $"'{region}' is not a Tencent Chat region.", region);
                return new ChatEndpoints(ChatRegions.PrimaryEndpoint(region), ChatRegions.BackupEndpoint(region));
            }
            if (settings.Endpoint is Uri endpoint)
            {
                ValidateEndpoint(endpoint);
                if (settings.BackupEndpoint != null) ValidateEndpoint(settings.BackupEndpoint);
                return new ChatEndpoints(endpoint, settings.BackupEndpoint);
            }
            // No silent default: an overseas app's credentials sent to the China data centre is a mistake to stop here.
            throw new ChatInputException("RegionRequired",
                $"Say where the app lives: -Region ({string.Join(", ", Enum.GetNames(typeof(ChatRegion)))}) or -Endpoint <uri>, " +
                $"or set {ChatEnvironment.RegionVariable} or {ChatEnvironment.EndpointVariable}.");
        }

        private static void ValidateEndpoint(Uri endpoint)
        {
            if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
                throw new ChatInputException("InvalidEndpoint", $"The endpoint '{endpoint}' is not an absolute http(s) URI.", endpoint);
            if (!string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.Fragment))
                throw new ChatInputException("InvalidEndpoint", $"The endpoint '{endpoint}' must not have a query or fragment.", endpoint);
            // A proxy may serve the API under a path of its own, so only the API's own path is refused: the module adds it.
            if (endpoint.Segments.Any(segment => segment.TrimEnd('/').Equals("v4", StringComparison.OrdinalIgnoreCase)))
                throw new ChatInputException("InvalidEndpoint",
                    $"The endpoint '{endpoint}' includes the API path /v4, which the module adds to every request; give the base address, e.g. '{endpoint.GetLeftPart(UriPartial.Authority)}'.", endpoint);
            if (endpoint.Scheme == Uri.UriSchemeHttp && !ChatConnectionSettings.IsLoopback(endpoint))
                throw new ChatInputException("InsecureEndpoint",
                    $"Plain http is allowed only to this machine (localhost, 127.0.0.0/8, ::1); '{endpoint.Host}' needs https, because the UserSig travels in the URL.",
                    endpoint, ChatErrorKind.SecurityError);
        }

        private static IUserSigSource ReadyMade(string userSig, long sdkAppId, string identifier, DateTimeOffset now, ChatLog? log)
        {
            ChatUserSigInfo info = UserSigInspection.Inspect(userSig, sdkAppId, identifier, key: null, now);
            switch (info.LikelyErrorCode)
            {
                case 70014:
                    throw new ChatInputException("UserSigMismatch",
                        $"The UserSig was made for SDKAppID {info.SdkAppId}, not {sdkAppId}; Tencent would answer 70014.", info.SdkAppId);
                case 70013:
                    throw new ChatInputException("UserSigMismatch",
                        $"The UserSig was made for identifier '{info.Identifier}', not '{identifier}'; Tencent would answer 70013.", info.Identifier);
                case 70001:
                    throw new ChatInputException("UserSigExpired",
                        $"The UserSig expired at {info.ExpiresAt.ToString("u", CultureInfo.InvariantCulture)}. Make a new one, or connect with -SecretKey so the module renews them.",
                        info.ExpiresAt, ChatErrorKind.AuthenticationError);
            }
            TimeSpan left = info.ExpiresAt - now;
            if (left < TimeSpan.FromDays(1))
                log?.Warning($"The UserSig expires in {FormatSpan(left)} (at {info.ExpiresAt.ToString("u", CultureInfo.InvariantCulture)}); " +
                             "the module cannot renew a ready-made signature. Connect with -SecretKey or -Credential for long runs.");
            return new ReadyMadeUserSigSource(userSig, info.ExpiresAt);
        }

        /// <summary>
        /// A log whose lines are redacted with this session's own secrets (its key, every UserSig it signed or was given),
        /// keeping Verbose and Debug lines only when asked: what every cmdlet working with the session logs to.
        /// </summary>
        public ChatLog CreateLog(bool verbose, bool debug) => new ChatLog(Redactor, verbose, debug);

        /// <summary>
        /// Signs a UserSig for any UserID with this session's SDKAppID and key (New-ChatUserSig). Fails with NoSecretKey
        /// for a session opened with a ready-made UserSig, which has no key to sign with.
        /// </summary>
        internal string SignUserSig(string identifier, TimeSpan lifetime) =>
            UserSigCodec.Create(SdkAppId, KeyOrThrow(), identifier, Clock(), lifetime);

        /// <summary>
        /// Decodes and judges a UserSig with this session's key, against <paramref name="expectedSdkAppId"/> or else this
        /// session's SDKAppID (ConvertFrom-ChatUserSig). Without a key (ready-made UserSig session) the HMAC is not checked.
        /// </summary>
        internal ChatUserSigInfo InspectUserSig(string userSig, long? expectedSdkAppId, string? expectedIdentifier) =>
            UserSigInspection.Inspect(userSig, expectedSdkAppId ?? SdkAppId, expectedIdentifier, _secretKey, Clock());

        private ChatSecretKey KeyOrThrow() => _secretKey ?? throw new ChatInputException("NoSecretKey",
            "This session was opened with a ready-made UserSig and holds no secret key to sign with; pass -SdkAppId and -SecretKey.",
            kind: ChatErrorKind.InvalidOperation);

        private static string FormatSpan(TimeSpan span) =>
            span.TotalHours >= 1 ? $"{span.TotalHours:0.#} hours" : $"{Math.Max(1, (int)span.TotalMinutes)} minutes";

        public override string ToString() =>
            $"{Identifier}@{SdkAppId.ToString(CultureInfo.InvariantCulture)} ({(Region?.ToString() ?? Endpoint.Host)})";

        /// <summary>Closes the connection and zeroes the key; later calls with this session fail with SessionClosed.</summary>
        public void Dispose()
        {
            Transport.Dispose();
            _secretKey?.Dispose();
        }
    }
}
