using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Operations;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Deletes conversation groups (del_contact_group, one group per request); takes Get-ChatContactGroup output.
    /// The conversations in the group are not deleted; they only lose that group. ConfirmImpact High.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ChatContactGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ChatContactGroup))]
    public sealed class RemoveChatContactGroupCommand : SingleAccountCmdlet
    {
        /// <summary>The groups' names; binds Get-ChatContactGroup's Name.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = new string[0];

        /// <summary>Writes each deleted group.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            foreach (string name in Name)
            {
                string target = ConversationInput.DescribeGroup(Account, name);
                if (!ShouldProcess(target, "Delete conversation group (its conversations stay)"))
                    continue;
                try
                {
                    ChatContactGroup deleted = Await(ct => ContactGroupEditing.DeleteAsync(ActiveSession, Account, name, Log, ct));
                    if (PassThru) WriteObject(deleted);
                }
                catch (ChatAdminException e)
                {
                    WriteItemError(e, target);
                }
            }
        }
    }
}
