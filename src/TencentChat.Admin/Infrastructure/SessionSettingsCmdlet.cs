using System;
using System.Management.Automation;
using System.Security;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Connect-ChatAdmin's parameters and the session they open: one parameter set per way of holding credentials
    /// (-SecretKey, -Credential, -UserSig, or the TENCENTCHAT_* environment variables), parameters winning over the
    /// environment. Connect-ChatAdmin makes the session the default; Test-ChatConnection tries it and throws it away.
    /// </summary>
    public abstract class SessionSettingsCmdlet : ChatCmdlet
    {
        private protected const string SecretKeySet = "SecretKey";
        private protected const string CredentialSet = "Credential";
        private protected const string UserSigSet = "UserSig";
        private protected const string EnvironmentSet = "Environment";

        /// <summary>The SDKAppID of the Chat app, from the Chat console; defaults to TENCENTCHAT_SDKAPPID.</summary>
        [Parameter(ParameterSetName = SecretKeySet, Mandatory = true, Position = 0)]
        [Parameter(ParameterSetName = CredentialSet, Mandatory = true, Position = 0)]
        [Parameter(ParameterSetName = UserSigSet, Mandatory = true, Position = 0)]
        [Parameter(ParameterSetName = EnvironmentSet, Position = 0)]
        [ValidateRange(1L, 4294967295L)]
        public long SdkAppId { get; set; }

        /// <summary>The App admin account; defaults to TENCENTCHAT_IDENTIFIER, then "administrator".</summary>
        [Parameter(ParameterSetName = SecretKeySet)]
        [Parameter(ParameterSetName = UserSigSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [ValidateNotNullOrEmpty]
        public string? Identifier { get; set; }

        /// <summary>The app's secret key, from the Chat console. The module signs and renews admin UserSigs with it and never writes it out.</summary>
        [Parameter(ParameterSetName = SecretKeySet, Mandatory = true)]
        [ValidateNotNull]
        public SecureString? SecretKey { get; set; }

        /// <summary>User name = admin identifier, password = secret key (works with Get-Secret and Automation credentials).</summary>
        [Parameter(ParameterSetName = CredentialSet, Mandatory = true)]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        /// <summary>A ready-made admin UserSig; the module cannot renew it.</summary>
        [Parameter(ParameterSetName = UserSigSet, Mandatory = true)]
        [ValidateNotNull]
        public SecureString? UserSig { get; set; }

        // The next five are in every set of these parameters, named one by one so that a cmdlet adding a set of its own
        // (Test-ChatConnection's -Session) does not get them there too.

        /// <summary>The data centre the app lives in; requests fail over to the region's backup domain. Defaults to TENCENTCHAT_REGION.</summary>
        [Parameter(ParameterSetName = SecretKeySet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = UserSigSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        public ChatRegion Region { get; set; }

        /// <summary>
        /// Instead of -Region: the base address of the emulator, a proxy or a test server, without /v4 (the module adds it
        /// and refuses an endpoint that carries it). Plain http only to loopback.
        /// </summary>
        [Parameter(ParameterSetName = SecretKeySet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = UserSigSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [ValidateNotNull]
        public Uri? Endpoint { get; set; }

        /// <summary>Per-request timeout in seconds, 4 to 300; Tencent's own processing limit is 3 s.</summary>
        [Parameter(ParameterSetName = SecretKeySet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = UserSigSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [ValidateRange(4, 300)]
        public int TimeoutSec { get; set; } = (int)ChatConnectionSettings.DefaultRequestTimeout.TotalSeconds;

        /// <summary>Client-side limit per API command, calls per second; 0 turns it off.</summary>
        [Parameter(ParameterSetName = SecretKeySet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = UserSigSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [ValidateRange(0.0, 10000.0)]
        public double RateLimit { get; set; } = ChatConnectionSettings.DefaultRateLimitPerSecond;

        /// <summary>Retries after the first attempt of a request that failed transiently.</summary>
        [Parameter(ParameterSetName = SecretKeySet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = UserSigSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [ValidateRange(0, 20)]
        public int MaxRetryCount { get; set; } = RetryPolicy.DefaultMaxRetryCount;

        /// <summary>Lifetime of the UserSigs the module signs (they are renewed before they expire).</summary>
        [Parameter(ParameterSetName = SecretKeySet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        public TimeSpan UserSigLifetime { get; set; } = UserSigCodec.DefaultLifetime;

        /// <summary>
        /// A new session from these parameters, the environment filling what they leave out; the settings are validated,
        /// no request is sent. The caller owns it. Call in one of this class's parameter sets.
        /// </summary>
        private protected ChatSession OpenSession()
        {
            var settings = new ChatConnectionSettings
            {
                SdkAppId = Bound(nameof(SdkAppId)) ? SdkAppId : (long?)null,
                Identifier = Identifier,
                Region = Bound(nameof(Region)) ? Region : (ChatRegion?)null,
                Endpoint = Endpoint,
                RequestTimeout = TimeSpan.FromSeconds(TimeoutSec),
                RateLimitPerSecond = RateLimit,
                UserSigLifetime = UserSigLifetime,
            };
            settings.Retry.MaxAttempts = MaxRetryCount + 1;

            switch (ParameterSetName)
            {
                case SecretKeySet:
                    settings.SecretKey = ChatSecretKey.FromSecureString(SecretKey!);
                    settings.CredentialSource = SecretKeySet;
                    break;
                case CredentialSet:
                    // Get-Credential on Windows PowerShell may prefix a bare user name with '\'.
                    settings.Identifier = Credential!.UserName.TrimStart('\\');
                    settings.SecretKey = ChatSecretKey.FromSecureString(Credential.Password);
                    settings.CredentialSource = CredentialSet;
                    break;
                case UserSigSet:
                    settings.UserSig = SecureStringText.Read(UserSig!);
                    settings.CredentialSource = UserSigSet;
                    break;
            }
            ChatEnvironment.FillMissing(settings, Environment.GetEnvironmentVariable);
            return ChatSession.Open(settings, Log);
        }

        private bool Bound(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);
    }
}
