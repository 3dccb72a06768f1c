using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Accounts;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Tells whether accounts (UserIDs) are imported into the Chat app.</summary>
    /// <remarks>
    /// <para>
    /// Sends account_check 100 UserIDs per request, collected across pipeline objects, and writes one ChatAccountCheck per
    /// UserID in input order: UserId, Imported ($true or $false) and Status (Tencent's Imported or NotImported). An unknown
    /// UserID is not an error; it is Imported $false. -Quiet writes just the $true or $false, one per UserID.
    /// </para>
    /// <para>
    /// Run it before a long job over a list of accounts: the output's UserId binds -Account of the conversation cmdlets,
    /// so <c>Test-ChatAccount ... | Where-Object Imported | Get-ChatConversation</c> reads only accounts that exist. account_check
    /// allows 100 calls per second per app, so 100,000 UserIDs take about 10 seconds however high -ThrottleLimit is.
    /// A UserID longer than 32 bytes is refused before anything is sent (InvalidAccount); a check that fails is written
    /// as an error whose target pipes back.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Test-ChatAccount -UserId user_0001, nobody_here
    /// </code>
    /// Shows that user_0001 is imported and nobody_here is not.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content accounts.txt | Test-ChatAccount | Where-Object { -not $_.Imported } | Export-Csv missing.csv -NoTypeInformation
    /// </code>
    /// Lists the UserIDs of a file that are not imported, before a long job needs them.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content accounts.txt | Test-ChatAccount | Where-Object Imported | Get-ChatConversation | Export-Csv all.csv -NoTypeInformation
    /// </code>
    /// Exports the conversations of the accounts of a file that exist; unknown UserIDs never reach get_list.
    /// </example>
    /// <example>
    /// <code>
    /// if (-not (Test-ChatAccount -UserId user_0001 -Quiet)) { New-ChatAccount -UserId user_0001 }
    /// </code>
    /// Imports an account only when it is not there yet.
    /// </example>
    /// <seealso cref="NewChatAccountCommand"/>
    /// <seealso cref="GetChatConversationCommand"/>
    [Cmdlet(VerbsDiagnostic.Test, "ChatAccount")]
    [OutputType(typeof(ChatAccountCheck), typeof(bool))]
    public sealed class TestChatAccountCommand : AccountBatchCmdlet<string, ChatAccountCheck>
    {
        /// <summary>Writes only $true (imported) or $false (not), one per UserID, in input order.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override int BatchSize => AccountCheck.MaxAccountsPerRequest;

        protected override void Process() => Queue(RequestedUserIds());

        protected override Task<IReadOnlyList<ChatAccountCheck>> SendAsync(IReadOnlyList<string> batch, CancellationToken cancellationToken) =>
            AccountCheck.CheckAsync(ActiveSession, batch, Log, cancellationToken);

        protected override ChatAdminException? FailureOf(ChatAccountCheck result) => result.Failure;

        protected override object? OutputOf(ChatAccountCheck result) => Quiet ? result.Imported : result;
    }
}
