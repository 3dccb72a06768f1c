using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.FanOut;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Base of the read cmdlets that work through a list of users (Get-ChatConversation, Get-ChatContactGroup,
    /// Get-ChatContactGroupMember): -Account takes UserIDs as strings from the pipeline or as objects with an
    /// Account property; up to -ThrottleLimit accounts are read at once, and a failure for one account is written
    /// and the others go on.
    /// </summary>
    public abstract class AccountListCmdlet : ChatApiCmdlet
    {
        /// <summary>
        /// Whose data to read: UserIDs, from the pipeline as strings or as objects with an Account, From_Account, UserId
        /// (UserID) or Member_Account property, the first one it has.
        /// Tab completes the UserIDs this session has already read conversations or groups of (no request lists an app's accounts).
        /// </summary>
        // object[], so that an object without any of these properties is refused (NoAccountProperty) instead of being read
        // as its "@{...}" text; an empty line is allowed here so that the module's own check refuses it (InvalidAccount).
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("From_Account", "UserId", "Member_Account")]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(Completion.AccountCompleter))]
        [AllowNull]
        public object?[] Account { get; set; } = new object?[0];

        /// <summary>The valid UserIDs of -Account for the current pipeline object; each bad one is written as an error and skipped.</summary>
        protected IEnumerable<string> RequestedAccounts() => RequestedAccounts(Account, nameof(Account), "account");

        /// <summary>
        /// Starts <paramref name="read"/> for each account of the current pipeline object, up to -ThrottleLimit at once,
        /// writing meanwhile what earlier accounts delivered; a client failure becomes a non-terminating error targeting
        /// the account. <paramref name="read"/> runs off the pipeline thread and writes only through its AccountOutput.
        /// </summary>
        protected void ForEachAccount(Func<string, AccountOutput, CancellationToken, Task> read)
        {
            // All accounts come from -Account when nothing is piped in, so the total is known for the progress bar.
            int? total = MyInvocation.ExpectingInput ? (int?)null : Account.Length;
            foreach (string account in RequestedAccounts())
                StartAccountWork(account, total, async (output, cancellationToken) =>
                {
                    await read(account, output, cancellationToken).ConfigureAwait(false);
                    // -Account and -UserId complete from the accounts the service answered for (no request lists them all).
                    Completion.SeenAccounts.Add(ActiveSession, account);
                });
        }
    }
}
