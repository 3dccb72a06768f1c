using System.Management.Automation;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Tests the connection to Tencent Cloud Chat with one harmless request: whether the SDKAppID, key, identifier and
    /// region work, and how fast the service answers.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Connect-ChatAdmin checks its settings locally only, so a wrong key or region would otherwise show at the first real
    /// call, in the middle of a job. Test-ChatConnection sends one request with the current session (or -Session): the
    /// first get_list page of the admin identifier itself, which reads nothing but the admin's own conversations and works
    /// on every edition (conversation groups and marks need the Pro, Pro Plus or Enterprise edition, so their commands
    /// could fail where the credentials are right). The request is sent once, without retries or failover to the backup
    /// domain, so the answer comes within the session's -TimeoutSec and the session is left as it was.
    /// </para>
    /// <para>
    /// It writes one object: Endpoint, Region, SdkAppId, Identifier, Succeeded, and for a failure the ErrorId (as in
    /// about_TencentChat.Admin), Tencent's ErrorCode and the Message; LatencyMs; UserSigExpires; and ClockSkew, the
    /// server's clock minus this machine's from the answer's HTTP Date header (whole seconds). A failed request is a
    /// result with Succeeded = $false, never an error, so wrong credentials, a wrong region and an unreachable host all
    /// come back the same way. With -Quiet it writes only $true or $false, as Test-Connection -Quiet does.
    /// </para>
    /// <para>
    /// With Connect-ChatAdmin's parameters (-SdkAppId with -SecretKey, -Credential or -UserSig, -Region or -Endpoint, and
    /// the rest, the TENCENTCHAT_* environment variables filling what they leave out, exactly as Connect-ChatAdmin does) it
    /// tests those settings in a session of its own, closed when the test is done: a key can be checked before it
    /// replaces anything, and the default connection stays as it was, or absent.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Connect-ChatAdmin -SdkAppId 1400000000 -Credential (Get-AutomationPSCredential -Name ChatAdmin) -Region Singapore
    /// $test = Test-ChatConnection
    /// if (-not $test.Succeeded) {
    ///     throw "Tencent Chat is not usable: $($test.ErrorId) $($test.Message)"
    /// }
    /// Get-Content users.txt | Get-ChatConversation | Export-Csv conversations.csv -NoTypeInformation
    /// </code>
    /// A runbook that stops before the real work when the key, region or network is wrong, with the module's ErrorId in
    /// the job's output.
    /// </example>
    /// <example>
    /// <code>
    /// if (-not (Test-ChatConnection -Quiet)) { exit 1 }
    /// </code>
    /// Ends a script with exit code 1 when the current connection does not work.
    /// </example>
    /// <example>
    /// <code>
    /// Test-ChatConnection | Format-List Succeeded, ErrorId, LatencyMs, UserSigExpires, ClockSkew
    /// </code>
    /// Shows how long one request takes and how far this machine's clock is from Tencent's; UserSigs are signed with this
    /// machine's clock, so a skew of minutes is worth fixing.
    /// </example>
    /// <example>
    /// <code>
    /// $emulator = Connect-ChatAdmin -SdkAppId 1400000000 -Endpoint http://127.0.0.1:5080 -SecretKey $devKey -PassThru
    /// Test-ChatConnection -Session $emulator
    /// </code>
    /// Tests a session kept in a variable instead of the default one.
    /// </example>
    /// <example>
    /// <code>
    /// Test-ChatConnection -SdkAppId 1400000000 -SecretKey (Read-Host -AsSecureString 'New secret key') -Region Singapore |
    ///     Format-List Succeeded, ErrorId, Message
    /// </code>
    /// Checks a new secret key before it replaces the old one: the test opens a session of its own with Connect-ChatAdmin's
    /// parameters, and the default session, if there is one, is left exactly as it was.
    /// </example>
    /// <seealso cref="ConnectChatAdminCommand"/>
    /// <seealso cref="GetChatConnectionCommand"/>
    [Cmdlet(VerbsDiagnostic.Test, "ChatConnection", DefaultParameterSetName = SessionSet)]
    [OutputType(typeof(ChatConnectionTest), typeof(bool))]
    public sealed class TestChatConnectionCommand : SessionSettingsCmdlet
    {
        private const string SessionSet = "Session";

        private ChatSession _tested = null!;
        private ChatSession? _temporary;

        /// <summary>The session to test instead of the one Connect-ChatAdmin made the default for this runspace.</summary>
        [Parameter(ParameterSetName = SessionSet)]
        [ValidateNotNull]
        public ChatSession? Session { get; set; }

        /// <summary>Write only whether the request succeeded ($true or $false).</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void Begin()
        {
            if (ParameterSetName == SessionSet)
            {
                _tested = RequireSession(Session);
            }
            else
            {
                // Connect-ChatAdmin's parameters: a session of its own, never made the default, closed when done.
                _temporary = OpenSession();
                _tested = _temporary;
            }
            LogFor(_tested);
        }

        protected override void Process()
        {
            ChatConnectionTest result = Await(ct => ConnectionTest.RunAsync(_tested, Log, ct));
            WriteObject(Quiet ? (object)result.Succeeded : result);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _temporary?.Dispose();
        }
    }
}
