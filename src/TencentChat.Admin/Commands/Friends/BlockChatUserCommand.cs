using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Puts users on an account's blocklist; a blocked friend stops being a friend both ways.</summary>
    /// <remarks>
    /// <para>
    /// Sends black_list_add, up to 1000 users of one account per request. Blocking a friend removes the friendship both
    /// ways (it does not come back on Unblock-ChatUser), and the two cannot send each other friend requests while blocked.
    /// A user already blocked is Result AlreadyBlocked (Tencent's 31307, or 30001 "_Already_Exist" as its sample shows),
    /// not an error. A blocklist holds at most 1000 users (BlocklistFull).
    /// </para>
    /// <para>
    /// One ChatFriendChange (Friend is the blocked user) is written per user; a failure is an error whose target pipes
    /// back. ConfirmImpact is Medium.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Block-ChatUser -Account user_0011 -User user_0012
    /// Test-ChatBlockedUser -Account user_0011 -User user_0012 -Both
    /// </code>
    /// Blocks user_0012 for user_0011 and shows the block (AWithB).
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv abuse.csv | Block-ChatUser -ErrorVariable failed
    /// </code>
    /// Blocks the pairs of an abuse report (Account and User columns); the refused pairs are in $failed, their targets pipe back.
    /// </example>
    /// <seealso cref="UnblockChatUserCommand"/>
    /// <seealso cref="GetChatBlockedUserCommand"/>
    /// <seealso cref="TestChatBlockedUserCommand"/>
    [Cmdlet(VerbsSecurity.Block, "ChatUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatFriendChange))]
    public sealed class BlockChatUserCommand : FriendWriteCmdlet
    {
        /// <summary>The users to block, from the pipeline by property name: User, Friend or To_Account.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Friend", "To_Account")]
        [AllowEmptyString]
        public string[] User { get; set; } = new string[0];

        protected override int BatchSize => FriendChecks.MaxTargetsPerRequest;

        protected override void Process()
        {
            foreach (string user in User) Queue(() => FriendWrites.PrepareTarget(Account, user, "Block"), "Block user");
        }

        protected override Task<IReadOnlyList<ChatFriendChange>> SendAsync(string account, IReadOnlyList<FriendItem> batch, CancellationToken cancellationToken) =>
            FriendWrites.BlockAsync(ActiveSession, account, batch, Log, cancellationToken);
    }
}
