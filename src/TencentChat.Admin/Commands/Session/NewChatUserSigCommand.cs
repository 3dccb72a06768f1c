using System;
using System.Management.Automation;
using System.Security;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;
using TencentChat.Admin.Infrastructure.Completion;

namespace TencentChat.Admin.Commands
{
    /// <summary>Creates UserSigs, the signed credentials Chat users and the REST API sign in with.</summary>
    /// <remarks>
    /// <para>
    /// Signs TLSSigAPIv2 UserSigs locally for any UserIDs, e.g. for a client app's test users, with -SdkAppId and
    /// -SecretKey or with the connected session's SDKAppID and key. A session connected with a ready-made -UserSig has no
    /// key, and signing with it fails with NoSecretKey.
    /// </para>
    /// <para>
    /// A UserSig is a credential, so the output is a SecureString unless -AsPlainText, as with SecretManagement's
    /// Get-Secret. Nothing is sent and no server data changes, so the cmdlet has no -WhatIf.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// $sig = New-ChatUserSig -UserId app_user_1 -Lifetime (New-TimeSpan -Days 7)
    /// </code>
    /// Signs a UserSig valid for seven days with the connected session's key; $sig is a SecureString.
    /// </example>
    /// <example>
    /// <code>
    /// New-ChatUserSig -UserId tester -SdkAppId 1400000000 -SecretKey (Read-Host -Prompt 'Secret key' -AsSecureString) -AsPlainText
    /// </code>
    /// Signs a UserSig without connecting and writes it as plain text, e.g. to paste into a test client. Do not log it.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv testers.csv | New-ChatUserSig -Lifetime (New-TimeSpan -Hours 12) | ConvertFrom-ChatUserSig
    /// </code>
    /// Signs a UserSig for every UserId of a CSV file and shows their identifiers and expiry times, not the UserSigs.
    /// </example>
    /// <seealso cref="ConvertFromChatUserSigCommand"/>
    /// <seealso cref="ConnectChatAdminCommand"/>
    [Cmdlet(VerbsCommon.New, "ChatUserSig", DefaultParameterSetName = SessionSet)]
    [OutputType(typeof(SecureString), typeof(string))]
    public sealed class NewChatUserSigCommand : ChatCmdlet
    {
        private const string SessionSet = "Session";
        private const string SecretKeySet = "SecretKey";

        private ChatSecretKey? _key;
        private ChatSession? _session;

        /// <summary>The UserIDs to sign for: strings, or objects with a UserId (UserID) or Identifier property.
        /// Tab completes the UserIDs this session has already read conversations or groups of (no request lists an app's accounts).</summary>
        // object[], as the account cmdlets' -UserId (AccountInput): an object without these properties is refused, not signed for as its text.
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Identifier")]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(AccountCompleter))]
        [AllowNull]
        public object?[] UserId { get; set; } = new object?[0];

        /// <summary>How long the UserSig is valid; default one day (Tencent's recommended minimum).</summary>
        [Parameter]
        public TimeSpan Lifetime { get; set; } = UserSigCodec.DefaultLifetime;

        /// <summary>The SDKAppID to sign for, with -SecretKey, instead of the connected session's.</summary>
        [Parameter(ParameterSetName = SecretKeySet, Mandatory = true)]
        [ValidateRange(1L, 4294967295L)]
        public long SdkAppId { get; set; }

        /// <summary>The app's secret key to sign with, instead of the connected session's key.</summary>
        [Parameter(ParameterSetName = SecretKeySet, Mandatory = true)]
        [ValidateNotNull]
        public SecureString? SecretKey { get; set; }

        /// <summary>Sign with this session's SDKAppID and key instead of the runspace's default session.</summary>
        [Parameter(ParameterSetName = SessionSet)]
        [ValidateNotNull]
        public ChatSession? Session { get; set; }

        /// <summary>Writes the UserSig as a plain string. It is a credential: do not log or share it.</summary>
        [Parameter]
        public SwitchParameter AsPlainText { get; set; }

        protected override void Begin()
        {
            if (Lifetime < TimeSpan.FromSeconds(1))
                throw new ChatInputException("InvalidUserSigLifetime", "The UserSig lifetime must be at least one second.", Lifetime);
            if (ParameterSetName == SecretKeySet)
                _key = ChatSecretKey.FromSecureString(SecretKey!);
            else
                _session = RequireSession(Session);
        }

        protected override void Process()
        {
            foreach (string userId in RequestedAccounts(UserId, nameof(UserId), "UserID"))
            {
                try
                {
                    string userSig = _key != null
                        ? UserSigCodec.Create(SdkAppId, _key, userId, DateTimeOffset.UtcNow, Lifetime)
                        : _session!.SignUserSig(userId, Lifetime);
                    WriteObject(AsPlainText ? (object)userSig : SecureStringText.From(userSig));
                }
                catch (ChatInputException e)
                {
                    // A session without a key (NoSecretKey) is session-wide: it ends the command instead of failing every user.
                    WriteItemError(e, userId);
                }
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _key?.Dispose();
        }
    }
}
