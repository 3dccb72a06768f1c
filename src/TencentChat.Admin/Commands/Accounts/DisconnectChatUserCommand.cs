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
    /// <summary>Signs users out of every device and invalidates their UserSigs, so that they must log in again.</summary>
    /// <remarks>
    /// <para>
    /// Sends one kick request per UserID (the API takes one), up to -ThrottleLimit at once and at most 200 per second.
    /// After it, the user's earlier UserSigs no longer log in; a newly generated one does, so use it after a signature
    /// has leaked, together with rotating whatever issued it. The account and its data stay. Tencent does not document
    /// what connected clients see; the user reads Offline afterwards.
    /// </para>
    /// <para>
    /// ConfirmImpact is High: it asks before every user unless -Confirm:$false, and -WhatIf sends nothing. An unknown
    /// UserID is written as an AccountNotFound error whose target pipes back; -PassThru writes a ChatAccountChange for
    /// each user signed out. This is not Disconnect-ChatAdmin, which ends the module's own session.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Disconnect-ChatUser -UserId user_0001
    /// </code>
    /// Signs user_0001 out everywhere after asking; their old UserSigs stop working.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatOnlineStatus -UserId user_0001, user_0002 | Where-Object Status -eq 'Online' | Disconnect-ChatUser -Confirm:$false -PassThru
    /// </code>
    /// Signs out the users of a list who are online, without prompting, and shows who was signed out.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content leaked.txt | Disconnect-ChatUser -WhatIf
    /// </code>
    /// Lists the users a file would sign out, without signing anyone out.
    /// </example>
    /// <seealso cref="GetChatOnlineStatusCommand"/>
    /// <seealso cref="NewChatUserSigCommand"/>
    [Cmdlet(VerbsCommunications.Disconnect, "ChatUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ChatAccountChange))]
    public sealed class DisconnectChatUserCommand : AccountBatchCmdlet<string, ChatAccountChange>
    {
        /// <summary>Writes a ChatAccountChange for each user signed out.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>kick takes one account per request.</summary>
        protected override int BatchSize => 1;

        protected override void Process() =>
            Queue(RequestedUserIds().Where(id => ShouldProcess(id, "Sign out of every device and invalidate the user's UserSigs")));

        protected override async Task<IReadOnlyList<ChatAccountChange>> SendAsync(IReadOnlyList<string> batch, CancellationToken cancellationToken) =>
            new[] { await UserKick.KickAsync(ActiveSession, batch[0], Log, cancellationToken).ConfigureAwait(false) };

        protected override ChatAdminException? FailureOf(ChatAccountChange result) => result.Failure;

        protected override object? OutputOf(ChatAccountChange result) => PassThru ? result : null;
    }
}
