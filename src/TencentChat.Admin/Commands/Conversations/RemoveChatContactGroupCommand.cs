using System.Management.Automation;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Deletes users' conversation groups.</summary>
    /// <remarks>
    /// Sends one del_contact_group request per group and takes Get-ChatContactGroup output. The conversations in a group
    /// are not deleted; they only lose that group. ConfirmImpact is High, so it asks before each group unless
    /// -Confirm:$false. Requests for up to -ThrottleLimit (default 16) owner accounts run at once; one account's groups are
    /// deleted one after the other in input order.
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatContactGroup -Account user_0001 -Name 'test*' | Remove-ChatContactGroup
    /// </code>
    /// Deletes the test groups of user_0001, asking before each one.
    /// </example>
    /// <example>
    /// <code>
    /// Remove-ChatContactGroup -Account user_0001 -Name vip, archive -Confirm:$false -PassThru
    /// </code>
    /// Deletes two groups without prompting and writes the deleted groups.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv contact-groups.csv | Where-Object Name -like 'tmp*' | Remove-ChatContactGroup -WhatIf
    /// </code>
    /// Shows which groups of a CSV export would be deleted.
    /// </example>
    /// <seealso cref="GetChatContactGroupCommand"/>
    /// <seealso cref="NewChatContactGroupCommand"/>
    [Cmdlet(VerbsCommon.Remove, "ChatContactGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ChatContactGroup))]
    public sealed class RemoveChatContactGroupCommand : SingleAccountCmdlet
    {
        /// <summary>The groups' names; binds Get-ChatContactGroup's Name.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContactGroupNameCompleter))]
        public string[] Name { get; set; } = new string[0];

        /// <summary>Writes each deleted group.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string ProgressItemName => "conversation groups";

        protected override void Process()
        {
            string account = Account;
            foreach (string name in Name)
            {
                PSObject retry = ConversationInput.RetryGroup(account, name);
                if (!ShouldProcessItem(ConversationInput.DescribeGroup(account, name), "Delete conversation group (its conversations stay)", retry))
                    continue;
                QueueWrite(account, retry, ct => ContactGroupEditing.DeleteAsync(ActiveSession, account, name, Log, ct), deleted =>
                {
                    if (PassThru) WriteObject(deleted);
                });
            }
        }
    }
}
