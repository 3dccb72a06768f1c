using System.Management.Automation;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// The runspace's current session with its counters (requests, retries, throttled, failovers, time waited,
    /// last error code). Writes nothing when not connected, so `if (-not (Get-ChatConnection))` works.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ChatConnection")]
    [OutputType(typeof(ChatSession))]
    public sealed class GetChatConnectionCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            ChatSession? session = SessionRegistry.Get();
            if (session != null)
                WriteObject(session);
        }
    }
}
