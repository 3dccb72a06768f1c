using System.Management.Automation;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Forgets this runspace's default session (or closes the given one) and zeroes its key in memory.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "ChatAdmin")]
    public sealed class DisconnectChatAdminCommand : PSCmdlet
    {
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public ChatSession? Session { get; set; }

        protected override void ProcessRecord()
        {
            ChatSession? current = SessionRegistry.Get();
            ChatSession? target = Session ?? current;
            if (target == null)
            {
                WriteVerbose("Not connected; nothing to disconnect.");
                return;
            }
            if (ReferenceEquals(target, current))
                SessionRegistry.Set(null);
            target.Dispose();
            WriteVerbose($"Disconnected from SDKAppID {target.SdkAppId}.");
        }
    }
}
