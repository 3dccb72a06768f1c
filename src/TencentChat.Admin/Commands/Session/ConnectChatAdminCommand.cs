using System.Management.Automation;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Connects to a Tencent Cloud Chat app as one of its App admins and makes the connection the default for this
    /// PowerShell session.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Give the app's SDKAppID with its secret key (-SecretKey, or -Credential whose user name is the admin identifier
    /// and whose password is the key), or a ready-made admin UserSig (-UserSig). With none of these, the
    /// TENCENTCHAT_SDKAPPID, TENCENTCHAT_IDENTIFIER, TENCENTCHAT_SECRETKEY or TENCENTCHAT_USERSIG, TENCENTCHAT_REGION
    /// and TENCENTCHAT_ENDPOINT environment variables are used; parameters always win over the environment. Say where
    /// the app lives with -Region (its data centre) or -Endpoint.
    /// </para>
    /// <para>
    /// Connect-ChatAdmin validates the settings but sends no request, because nothing on the conversation API can
    /// check credentials without touching an account: wrong credentials show on the first call, or at once with
    /// Test-ChatConnection, which sends one harmless request. With a key, the module
    /// signs its own admin UserSigs and renews them before they expire; a ready-made UserSig cannot be renewed.
    /// </para>
    /// <para>
    /// The other cmdlets use the default connection unless they get -Session. Connecting again replaces the default;
    /// the previous session stays usable where a script holds it (-PassThru).
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Connect-ChatAdmin -SdkAppId 1400000000 -SecretKey (Read-Host -Prompt 'Secret key' -AsSecureString) -Region Singapore
    /// </code>
    /// Prompts for the app's secret key and connects as the default admin account, administrator, to an app in the
    /// Singapore data centre.
    /// </example>
    /// <example>
    /// <code>
    /// Connect-ChatAdmin -SdkAppId 1400000000 -Credential (Get-AutomationPSCredential -Name ChatAdmin) -Region Frankfurt
    /// Get-ChatConversation -Account user_0001 | Export-Csv conversations.csv -NoTypeInformation
    /// </code>
    /// In an Azure Automation runbook: the ChatAdmin credential asset holds the admin identifier as its user name and the
    /// secret key as its password, so no secret appears in the script.
    /// </example>
    /// <example>
    /// <code>
    /// $key = Get-Secret -Name TencentChatKey
    /// Connect-ChatAdmin -SdkAppId 1400000000 -Identifier ops_admin -SecretKey $key -Region Singapore -TimeoutSec 20 -MaxRetryCount 3
    /// </code>
    /// Reads the key from a SecretManagement vault and connects as the App admin ops_admin with a longer request timeout
    /// and fewer retries than the defaults.
    /// </example>
    /// <example>
    /// <code>
    /// # The job's secret store sets TENCENTCHAT_SDKAPPID, TENCENTCHAT_SECRETKEY and TENCENTCHAT_REGION.
    /// Connect-ChatAdmin -Verbose
    /// </code>
    /// Connects from the environment variables alone, as in a CI job or a container; -Verbose reports the SDKAppID,
    /// identifier and endpoint used, never the key.
    /// </example>
    /// <example>
    /// <code>
    /// $devKey = ConvertTo-SecureString 'tencentchat-emulator-dev-key' -AsPlainText -Force
    /// $emulator = Connect-ChatAdmin -SdkAppId 1400000000 -SecretKey $devKey -Endpoint http://127.0.0.1:5080 -PassThru
    /// Get-ChatConversation -Account user_0001 -Session $emulator
    /// </code>
    /// Connects to a local emulator of the API (the module's source repository has one) with its public development key and keeps the session
    /// in a variable. Plain http is accepted only for loopback addresses.
    /// </example>
    /// <seealso cref="DisconnectChatAdminCommand"/>
    /// <seealso cref="GetChatConnectionCommand"/>
    /// <seealso cref="TestChatConnectionCommand"/>
    /// <seealso cref="NewChatUserSigCommand"/>
    [Cmdlet(VerbsCommunications.Connect, "ChatAdmin", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(ChatSession))]
    public sealed class ConnectChatAdminCommand : SessionSettingsCmdlet
    {
        /// <summary>Writes the new session, to keep it in a variable and pass it as -Session later.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        // All in Begin: Connect-ChatAdmin takes no pipeline input, and a failure here must end the command.
        protected override void Begin()
        {
            ChatSession session = OpenSession();
            FlushLog();
            // The previous default is not disposed: a script may still hold it (-PassThru) and pass it as -Session.
            SessionRegistry.Set(session);
            WriteVerbose($"Connected to SDKAppID {session.SdkAppId} as {session.Identifier} at {session.Endpoint} (credentials: {session.CredentialSource}).");
            if (PassThru)
                WriteObject(session);
        }
    }
}
