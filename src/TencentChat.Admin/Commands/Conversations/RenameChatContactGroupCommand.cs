using System.Management.Automation;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Renames a user's conversation group.</summary>
    /// <remarks>
    /// The group keeps its ContactGroupId and its conversations. The group can be piped from Get-ChatContactGroup, whose
    /// Account and Name bind -Account and -Name. Requests for up to -ThrottleLimit (default 16) owner accounts run at once;
    /// one account's renames go one after the other in input order.
    /// </remarks>
    /// <example>
    /// <code>
    /// Rename-ChatContactGroup -Account user_0001 -Name vip -NewName 'VIP customers'
    /// </code>
    /// Renames the group vip of user_0001.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatContactGroup -Account user_0001 -Name old | Rename-ChatContactGroup -NewName new -PassThru
    /// </code>
    /// Renames a group found with Get-ChatContactGroup and writes the renamed group.
    /// </example>
    /// <seealso cref="GetChatContactGroupCommand"/>
    /// <seealso cref="NewChatContactGroupCommand"/>
    [Cmdlet(VerbsCommon.Rename, "ChatContactGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatContactGroup))]
    public sealed class RenameChatContactGroupCommand : SingleAccountCmdlet
    {
        /// <summary>The group's current name; binds Get-ChatContactGroup's Name.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContactGroupNameCompleter))]
        public string Name { get; set; } = string.Empty;

        /// <summary>The new name: at most 32 bytes of UTF-8 (the stricter of Tencent's two documented limits). Binds by property name, so a CSV of Account, Name, NewName renames many.</summary>
        // No completer: every name it could offer is one the user already has, which a new name must not be.
        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string NewName { get; set; } = string.Empty;

        protected override string ProgressItemName => "conversation groups";

        /// <summary>Writes the renamed group.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            string account = Account, name = Name, newName = NewName;
            PSObject retry = ConversationInput.RetryGroup(account, name, ("NewName", newName));
            if (!ShouldProcessItem(ConversationInput.DescribeGroup(account, name), $"Rename to '{newName}'", retry))
                return;
            QueueWrite(account, retry, ct => ContactGroupEditing.RenameAsync(ActiveSession, account, name, newName, Log, ct), renamed =>
            {
                if (PassThru) WriteObject(renamed);
            });
        }
    }
}
