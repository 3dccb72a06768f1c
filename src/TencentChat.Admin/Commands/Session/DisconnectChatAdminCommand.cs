using System.Management.Automation;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Closes a connection made by Connect-ChatAdmin and clears its secret key from memory.</summary>
    /// <remarks>
    /// Without -Session it closes this PowerShell session's default connection. With -Session, or a session piped in,
    /// it closes that one; the default connection stays unless it was the same. Disconnecting when not connected does
    /// nothing.
    /// </remarks>
    /// <example>
    /// <code>
    /// Disconnect-ChatAdmin
    /// </code>
    /// Closes the default connection. The other cmdlets then fail with NotConnected until the next Connect-ChatAdmin.
    /// </example>
    /// <example>
    /// <code>
    /// Connect-ChatAdmin -SdkAppId 1400000000 -Credential (Get-AutomationPSCredential -Name ChatAdmin) -Region Singapore
    /// try {
    ///     Get-ChatConversation -Account user_0001 | Export-Csv conversations.csv -NoTypeInformation
    /// }
    /// finally {
    ///     Disconnect-ChatAdmin
    /// }
    /// </code>
    /// A runbook that always closes its connection, even when the export fails.
    /// </example>
    /// <example>
    /// <code>
    /// $staging = Connect-ChatAdmin -SdkAppId 1400000001 -SecretKey (Read-Host -AsSecureString) -Region Singapore -PassThru
    /// $staging | Disconnect-ChatAdmin
    /// </code>
    /// Closes one session kept in a variable by piping it to Disconnect-ChatAdmin.
    /// </example>
    /// <seealso cref="ConnectChatAdminCommand"/>
    /// <seealso cref="GetChatConnectionCommand"/>
    [Cmdlet(VerbsCommunications.Disconnect, "ChatAdmin")]
    public sealed class DisconnectChatAdminCommand : ChatCmdlet
    {
        /// <summary>The session to close, e.g. from Connect-ChatAdmin -PassThru; by default the default session of this PowerShell session.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public ChatSession? Session { get; set; }

        protected override void Process()
        {
            ChatSession? target = SessionOrDefault(Session);
            if (target == null)
            {
                WriteVerbose("Not connected; nothing to disconnect.");
                return;
            }
            if (ReferenceEquals(target, SessionOrDefault(null)))
                SessionRegistry.Set(null);
            target.Dispose();
            WriteVerbose($"Disconnected from SDKAppID {target.SdkAppId}.");
        }
    }
}
