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
    /// <summary>Imports accounts (UserIDs) into the Chat app, optionally with a nickname and an avatar URL.</summary>
    /// <remarks>
    /// <para>
    /// UserIDs come from -UserId or the pipeline: as strings, or as objects and CSV rows with a UserID (or UserId,
    /// Identifier, Account) column, and Nick (or Nickname) and FaceUrl columns. They are sent to multiaccount_import 100
    /// per request, collected across pipeline objects: in the AccountList form when an account of the request has a
    /// nickname or face URL (which also updates an existing account's), in the plain Accounts form otherwise. Importing an
    /// account that exists is not an error. An empty Nick or FaceUrl cell counts as none, so it never blanks a profile.
    /// </para>
    /// <para>
    /// A UserID longer than 32 bytes of UTF-8, or a nickname or face URL longer than 500 bytes, is refused before anything
    /// is sent (InvalidAccount, InvalidProfileValue). An account Tencent lists in FailAccounts is written as an
    /// AccountNotImported error whose target (a ChatAccountChange with UserId, Nickname and FaceUrl) can be piped back to
    /// retry. Each imported account is written as a ChatAccountChange.
    /// </para>
    /// <para>
    /// multiaccount_import allows 100 calls per second per app; -ThrottleLimit requests run at once, never faster than that.
    /// ConfirmImpact is Medium: -Confirm asks before each account, -WhatIf lists them and sends nothing.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// New-ChatAccount -UserId user_0101, user_0102
    /// </code>
    /// Imports two accounts without a profile.
    /// </example>
    /// <example>
    /// <code>
    /// New-ChatAccount -UserId user_0103 -Nickname 'Mei Lin' -FaceUrl 'https://example.com/mei.png'
    /// </code>
    /// Imports one account with its nickname and avatar, or updates them if the account exists.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv new-users.csv | New-ChatAccount -ErrorVariable failed | Export-Csv imported.csv -NoTypeInformation
    /// if ($failed) { $failed.TargetObject | New-ChatAccount }
    /// </code>
    /// Imports the UserID, Nick and FaceUrl columns of a CSV file 100 at a time, records what was imported, and tries the
    /// refused accounts once more with their profiles.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content accounts.txt | New-ChatAccount -WhatIf
    /// </code>
    /// Lists the accounts a file would import, without importing any.
    /// </example>
    /// <seealso cref="TestChatAccountCommand"/>
    /// <seealso cref="RemoveChatAccountCommand"/>
    [Cmdlet(VerbsCommon.New, "ChatAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatAccountChange))]
    public sealed class NewChatAccountCommand : AccountBatchCmdlet<ChatAccountChange, ChatAccountChange>
    {
        /// <summary>The nickname (Nick), at most 500 bytes; with several UserIDs, each gets it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Nick")]
        public string? Nickname { get; set; }

        /// <summary>The avatar URL (FaceUrl, Tag_Profile_IM_Image), at most 500 bytes; with several UserIDs, each gets it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? FaceUrl { get; set; }

        protected override int BatchSize => AccountImport.MaxAccountsPerRequest;

        protected override void Process() => Queue(ApprovedAccounts());

        protected override Task<IReadOnlyList<ChatAccountChange>> SendAsync(IReadOnlyList<ChatAccountChange> batch, CancellationToken cancellationToken) =>
            AccountImport.ImportAsync(ActiveSession, batch, Log, cancellationToken);

        protected override ChatAdminException? FailureOf(ChatAccountChange result) => result.Failure;

        protected override object? OutputOf(ChatAccountChange result) => result;

        private IEnumerable<ChatAccountChange> ApprovedAccounts()
        {
            foreach (string userId in RequestedUserIds())
            {
                ChatAccountChange? account = null;
                try
                {
                    account = AccountImport.Prepare(userId, Nickname, FaceUrl);
                }
                catch (ChatInputException e)
                {
                    WriteItemError(e);
                }
                if (account != null && ShouldProcess(userId, "Import account"))
                    yield return account;
            }
        }
    }
}
