using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Accounts;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Deletes accounts from the Chat app, with everything Tencent keeps for them. This cannot be undone.</summary>
    /// <remarks>
    /// <para>
    /// Deleting an account also deletes, irrecoverably, its contacts (friends), profile, group memberships, conversations and
    /// other data Tencent keeps for it. On Pro, Pro Plus and Enterprise editions (and TRTC or whiteboard apps) deletion must
    /// first be allowed in the Chat console, and a deleted UserID cannot be imported again for 3 months; free and trial
    /// apps may re-import at once. Check the list with Test-ChatAccount and run with -WhatIf first.
    /// </para>
    /// <para>
    /// Sends account_delete 100 UserIDs per request, collected across pipeline objects, at most 100 calls per second per
    /// app. ConfirmImpact is High: it asks before every account unless -Confirm:$false, and -WhatIf lists what it would
    /// delete and sends nothing. A UserID that does not exist is written as an AccountNotFound error for that account
    /// alone; every account Tencent refuses is written as an error whose target (its ChatAccountChange) pipes back to
    /// retry. -PassThru writes a ChatAccountChange for each deleted account. A request whose outcome is unknown (a timeout)
    /// is not repeated, since a repeat would report the deleted accounts as not found.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Remove-ChatAccount -UserId test_0001 -WhatIf
    /// </code>
    /// Shows what would be deleted, without deleting anything.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content leavers.txt | Test-ChatAccount | Where-Object Imported | Remove-ChatAccount -Confirm:$false -PassThru |
    ///     Export-Csv deleted.csv -NoTypeInformation
    /// </code>
    /// Deletes the accounts of a reviewed list that exist, unattended, and records which were deleted.
    /// </example>
    /// <example>
    /// <code>
    /// Remove-ChatAccount -UserId test_0001, test_0002 -Confirm:$false -ErrorVariable failed
    /// $failed | Where-Object { $_.FullyQualifiedErrorId -notlike 'AccountNotFound,*' } | ForEach-Object TargetObject | Remove-ChatAccount -Confirm:$false
    /// </code>
    /// Deletes two accounts and retries the ones that failed for another reason than not existing.
    /// </example>
    /// <seealso cref="TestChatAccountCommand"/>
    /// <seealso cref="NewChatAccountCommand"/>
    [Cmdlet(VerbsCommon.Remove, "ChatAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ChatAccountChange))]
    public sealed class RemoveChatAccountCommand : AccountBatchCmdlet<string, ChatAccountChange>
    {
        /// <summary>Writes a ChatAccountChange for each deleted account.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override int BatchSize => AccountDeletion.MaxAccountsPerRequest;

        protected override void Process() =>
            Queue(RequestedUserIds().Where(id => ShouldProcess(id, "Delete account with its contacts, profile, groups and conversations")));

        protected override Task<IReadOnlyList<ChatAccountChange>> SendAsync(IReadOnlyList<string> batch, CancellationToken cancellationToken) =>
            AccountDeletion.DeleteAsync(ActiveSession, batch, Log, cancellationToken);

        protected override ChatAdminException? FailureOf(ChatAccountChange result) => result.Failure;

        protected override object? OutputOf(ChatAccountChange result) => PassThru ? result : null;
    }
}
