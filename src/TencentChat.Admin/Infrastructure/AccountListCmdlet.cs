using System;
using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Base of the read cmdlets that work through a list of users (Get-ChatConversation, Get-ChatContactGroup,
    /// Get-ChatContactGroupMember): -Account takes UserIDs as strings from the pipeline or as objects with an
    /// Account property, and a failure for one account is written and the next goes on.
    /// </summary>
    public abstract class AccountListCmdlet : ChatApiCmdlet
    {
        /// <summary>Whose data to read: UserIDs, from the pipeline as strings or as objects with an Account property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("From_Account", "UserId")]
        [ValidateNotNullOrEmpty]
        public string[] Account { get; set; } = new string[0];

        /// <summary>Runs <paramref name="read"/> for each account; a client failure becomes a non-terminating error targeting the account.</summary>
        protected void ForEachAccount(Action<string> read) => ForEachAccount(Account, read);

        /// <summary>As <see cref="ForEachAccount(Action{string})"/>, for accounts collected from the whole pipeline.</summary>
        protected void ForEachAccount(IEnumerable<string> accounts, Action<string> read)
        {
            foreach (string account in accounts)
            {
                try
                {
                    read(account);
                }
                catch (ChatAdminException e)
                {
                    WriteItemError(e, account);
                }
            }
        }
    }
}
