using System.Management.Automation;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets the current connection to Tencent Cloud Chat with its request, retry, throttling and failover counters.</summary>
    /// <remarks>
    /// <para>
    /// The session shows the SDKAppID, admin identifier, region and endpoint in use, when the admin UserSig expires and
    /// whether the module renews it, and the counters since Connect-ChatAdmin: Requests, Retries, Throttled, Failovers,
    /// TimeWaited (wall time during which at least one request waited in backoff or the rate limiter: concurrent waits count
    /// once) and LastErrorCode. The secret key and the UserSig are never shown.
    /// </para>
    /// <para>
    /// It writes nothing when not connected, so if (-not (Get-ChatConnection)) tests for a connection.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatConnection | Format-List SdkAppId, Identifier, Endpoint, UserSigExpiresAt, Requests, Retries, Throttled, LastErrorCode
    /// </code>
    /// Shows who the module is connected as and how the requests have gone so far.
    /// </example>
    /// <example>
    /// <code>
    /// if (-not (Get-ChatConnection)) {
    ///     Connect-ChatAdmin -SdkAppId 1400000000 -Credential (Get-AutomationPSCredential -Name ChatAdmin) -Region Singapore
    /// }
    /// </code>
    /// Connects only when the runbook is not connected yet.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account (Get-Content users.txt) | Export-Csv conversations.csv -NoTypeInformation
    /// Get-ChatConnection | Select-Object Requests, Retries, Throttled, TimeWaited
    /// </code>
    /// After a large export, shows how many requests it took and how long the client waited for Tencent's rate limits.
    /// </example>
    /// <seealso cref="ConnectChatAdminCommand"/>
    /// <seealso cref="DisconnectChatAdminCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatConnection")]
    [OutputType(typeof(ChatSession))]
    public sealed class GetChatConnectionCommand : ChatCmdlet
    {
        protected override void End()
        {
            ChatSession? session = SessionOrDefault(null);
            if (session != null)
                WriteObject(session);
        }
    }
}
