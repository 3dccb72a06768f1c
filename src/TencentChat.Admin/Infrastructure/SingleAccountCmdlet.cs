using System.Management.Automation;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Base of the cmdlets that act for one owner per pipeline object (the conversation cmdlets and the
    /// conversation-group writes): -Account binds the Account property of every output type of the module, and (alias
    /// UserId) the account cmdlets' output, so Test-ChatAccount's checks pipe in.
    /// </summary>
    public abstract class SingleAccountCmdlet : ChatApiCmdlet
    {
        /// <summary>The user who owns the conversations or conversation groups.
        /// Tab completes the UserIDs this session has already read conversations or groups of (no request lists an app's accounts).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        // An empty cell is allowed here so that the module's own check refuses it (InvalidAccount) for that row alone.
        [Alias("From_Account", "UserId", "Member_Account")]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(Completion.AccountCompleter))]
        public string Account { get; set; } = string.Empty;
    }
}
