using System;
using System.Management.Automation;
using System.Security;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Decodes UserSigs and reports whether Tencent would accept them.</summary>
    /// <remarks>
    /// <para>
    /// Decodes each UserSig locally, without a network call, and reports its SDKAppID, identifier, issue and expiry time,
    /// lifetime and whether it has expired. With a key (-SecretKey, or the connected session's key) it also checks the
    /// signature (SignatureValid).
    /// </para>
    /// <para>
    /// LikelyErrorCode and LikelyError predict Tencent's answer, checked in the order of Tencent's verifier: 70014
    /// (SDKAppID differs from -SdkAppId, by default the session's), 70013 (identifier differs from -Identifier), 70001
    /// (expired), 70009 (signature does not match); 0 means none applies. A UserSig that cannot be decoded is written as
    /// an InvalidUserSig error (Tencent's 70003). The signature and the key are never written.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// $sig | ConvertFrom-ChatUserSig -Identifier app_user_1
    /// </code>
    /// Checks a UserSig from New-ChatUserSig against the connected session's SDKAppID and key and the user it is meant for.
    /// </example>
    /// <example>
    /// <code>
    /// ConvertFrom-ChatUserSig -UserSig $text -SdkAppId 1400000000 -Identifier administrator -SecretKey (Read-Host -AsSecureString)
    /// </code>
    /// Explains why a UserSig from a support ticket is refused, without connecting: LikelyError names the failing check.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content usersigs.txt | ConvertFrom-ChatUserSig | Where-Object { $_.ExpiresAt -lt [DateTimeOffset]::UtcNow.AddDays(1) } |
    ///     Select-Object Identifier, ExpiresAt
    /// </code>
    /// Lists the users whose UserSigs expire within a day.
    /// </example>
    /// <seealso cref="NewChatUserSigCommand"/>
    /// <seealso cref="ConnectChatAdminCommand"/>
    [Cmdlet(VerbsData.ConvertFrom, "ChatUserSig", DefaultParameterSetName = SessionSet)]
    [OutputType(typeof(ChatUserSigInfo))]
    public sealed class ConvertFromChatUserSigCommand : ChatCmdlet
    {
        private const string SessionSet = "Session";
        private const string SecretKeySet = "SecretKey";

        private ChatSecretKey? _key;
        private ChatSession? _session;

        /// <summary>The UserSig: a SecureString (New-ChatUserSig's default output) or a string.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? UserSig { get; set; }

        /// <summary>The SDKAppID the UserSig will be used with (70014 if it differs).</summary>
        [Parameter]
        [ValidateRange(1L, 4294967295L)]
        public long SdkAppId { get; set; }

        /// <summary>The identifier the UserSig will be used with (70013 if it differs).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Identifier { get; set; }

        /// <summary>The app's key, to check the signature (70009 if it does not match).</summary>
        [Parameter(ParameterSetName = SecretKeySet, Mandatory = true)]
        [ValidateNotNull]
        public SecureString? SecretKey { get; set; }

        /// <summary>Check against this session's SDKAppID and key instead of the runspace's default session (if any).</summary>
        [Parameter(ParameterSetName = SessionSet)]
        [ValidateNotNull]
        public ChatSession? Session { get; set; }

        protected override void Begin()
        {
            if (ParameterSetName == SecretKeySet)
                _key = ChatSecretKey.FromSecureString(SecretKey!);
            else
                _session = SessionOrDefault(Session);
        }

        protected override void Process()
        {
            object value = UserSig is PSObject wrapped ? wrapped.BaseObject : UserSig!;
            string? text = value is SecureString secure ? SecureStringText.Read(secure) : value as string;
            if (text == null)
            {
                WriteItemError(new ChatInputException("InvalidUserSig", $"-UserSig takes a SecureString or a string, not a {value.GetType().Name}."));
                return;
            }
            long? expectedSdkAppId = MyInvocation.BoundParameters.ContainsKey(nameof(SdkAppId)) ? SdkAppId : (long?)null;
            try
            {
                ChatUserSigInfo info = _session != null
                    ? _session.InspectUserSig(text, expectedSdkAppId, Identifier)
                    : UserSigInspection.Inspect(text, expectedSdkAppId, Identifier, _key, DateTimeOffset.UtcNow);
                WriteObject(info);
            }
            catch (ChatInputException e)
            {
                // The target stays empty: the UserSig is a credential and is never put in an error record.
                WriteItemError(e);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _key?.Dispose();
        }
    }
}
