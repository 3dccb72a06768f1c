using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Takes users off an account's blocklist.</summary>
    /// <remarks>
    /// Sends black_list_delete, up to 1000 users of one account per request; unblocking a user who was not blocked is not
    /// an error. A friendship that blocking removed does not come back: add it again with Add-ChatFriend. One
    /// ChatFriendChange (Result Unblocked) is written per user. ConfirmImpact is Medium.
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatBlockedUser -Account user_0011 | Unblock-ChatUser
    /// </code>
    /// Empties user_0011's blocklist.
    /// </example>
    /// <example>
    /// <code>
    /// Unblock-ChatUser -Account user_0011 -User user_0010, user_0012 -WhatIf
    /// </code>
    /// Shows which users would be taken off user_0011's blocklist, without unblocking them.
    /// </example>
    /// <seealso cref="BlockChatUserCommand"/>
    /// <seealso cref="GetChatBlockedUserCommand"/>
    [Cmdlet(VerbsSecurity.Unblock, "ChatUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatFriendChange))]
    public sealed class UnblockChatUserCommand : FriendWriteCmdlet
    {
        /// <summary>The users to unblock, from the pipeline by property name: User, Friend or To_Account.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Friend", "To_Account")]
        [AllowEmptyString]
        public string[] User { get; set; } = new string[0];

        protected override int BatchSize => FriendChecks.MaxTargetsPerRequest;

        protected override void Process()
        {
            foreach (string user in User) Queue(() => FriendWrites.PrepareTarget(Account, user, "Unblock"), "Unblock user");
        }

        protected override Task<IReadOnlyList<ChatFriendChange>> SendAsync(string account, IReadOnlyList<FriendItem> batch, CancellationToken cancellationToken) =>
            FriendWrites.UnblockAsync(ActiveSession, account, batch, Log, cancellationToken);
    }
}
