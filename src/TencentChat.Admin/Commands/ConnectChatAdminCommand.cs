using System;
using System.Management.Automation;
using System.Security;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Validates credentials and a data centre and makes the session the default for this runspace. Sends no
    /// request: nothing on the recentcontact API can check credentials without touching an account.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "ChatAdmin", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(ChatSession))]
    public sealed class ConnectChatAdminCommand : PSCmdlet
    {
        private const string SecretKeySet = "SecretKey";
        private const string CredentialSet = "Credential";
        private const string UserSigSet = "UserSig";
        private const string EnvironmentSet = "Environment";

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

        [Parameter]
        public ChatRegion Region { get; set; }

        /// <summary>Instead of -Region: the emulator, a proxy or a test server. Plain http only to loopback.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? Endpoint { get; set; }

        /// <summary>Per-request timeout in seconds; Tencent's own processing limit is 3 s.</summary>
        [Parameter]
        [ValidateRange(4, 300)]
        public int TimeoutSec { get; set; } = (int)ChatConnectionSettings.DefaultRequestTimeout.TotalSeconds;

        /// <summary>Client-side limit per API command, calls per second; 0 turns it off.</summary>
        [Parameter]
        [ValidateRange(0.0, 10000.0)]
        public double RateLimit { get; set; } = ChatConnectionSettings.DefaultRateLimitPerSecond;

        /// <summary>Retries after the first attempt of a request that failed transiently.</summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int MaxRetryCount { get; set; } = 5;

        /// <summary>Lifetime of the UserSigs the module signs (they are renewed before they expire).</summary>
        [Parameter(ParameterSetName = SecretKeySet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        public TimeSpan UserSigLifetime { get; set; } = UserSigCodec.DefaultLifetime;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
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

            ChatSession session;
            var log = new ChatLog(new Redactor());
            try
            {
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
                session = ChatSession.Open(settings, log);
            }
            catch (ChatAdminException e)
            {
                ThrowTerminatingError(ErrorRecords.From(e));
                return;
            }

            while (log.TryTake(out _, out string warning))
                WriteWarning(warning);
            // The previous default is not disposed: a script may still hold it (-PassThru) and pass it as -Session.
            SessionRegistry.Set(session);
            WriteVerbose($"Connected to SDKAppID {session.SdkAppId} as {session.Identifier} at {session.Endpoint} (credentials: {session.CredentialSource}).");
            if (PassThru)
                WriteObject(session);
        }

        private bool Bound(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);
    }
}
