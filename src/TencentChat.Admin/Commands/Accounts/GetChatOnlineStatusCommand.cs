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
    /// <summary>Gets accounts' login status: Online, PushOnline or Offline, and with -Detail per platform.</summary>
    /// <remarks>
    /// <para>
    /// Sends query_online_status 500 UserIDs per request, collected across pipeline objects, and writes one
    /// ChatOnlineStatus per UserID in input order. Status is Online (a live connection on some device), PushOnline (a
    /// mobile app in the background, still reached by offline push, for up to 7 days) or Offline (logged out, or no
    /// login for 7 days). -Detail adds Platforms: each logged-in device's Platform (iPhone, Android, Web, PC, iPad, Mac)
    /// and Status; an Offline account has none.
    /// </para>
    /// <para>
    /// An account Tencent does not know is written as an AccountNotFound error whose target pipes back; the others are
    /// written as usual. query_online_status allows 200 calls per second per app (more with paid frequency options).
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatOnlineStatus -UserId user_0001, user_0002 -Detail
    /// </code>
    /// Shows whether two users are online, and on which devices.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content accounts.txt | Get-ChatOnlineStatus | Where-Object Status -ne 'Offline' | Export-Csv online.csv -NoTypeInformation
    /// </code>
    /// Exports the accounts of a file that are online or reachable by push.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatOnlineStatus -UserId user_0001 -Detail | Select-Object -ExpandProperty Platforms
    /// </code>
    /// Lists the devices user_0001 is logged in on, one row per platform.
    /// </example>
    /// <seealso cref="DisconnectChatUserCommand"/>
    /// <seealso cref="TestChatAccountCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatOnlineStatus")]
    [OutputType(typeof(ChatOnlineStatus))]
    public sealed class GetChatOnlineStatusCommand : AccountBatchCmdlet<string, ChatOnlineStatus>
    {
        /// <summary>Also get each logged-in platform's status (IsNeedDetail 1) into Platforms.</summary>
        [Parameter]
        public SwitchParameter Detail { get; set; }

        protected override int BatchSize => OnlineStatusQuery.MaxAccountsPerRequest;

        protected override void Process() => Queue(RequestedUserIds());

        protected override Task<IReadOnlyList<ChatOnlineStatus>> SendAsync(IReadOnlyList<string> batch, CancellationToken cancellationToken) =>
            OnlineStatusQuery.QueryAsync(ActiveSession, batch, Detail, Log, cancellationToken);

        protected override ChatAdminException? FailureOf(ChatOnlineStatus result) => result.Failure;

        protected override object? OutputOf(ChatOnlineStatus result) => result;
    }
}
