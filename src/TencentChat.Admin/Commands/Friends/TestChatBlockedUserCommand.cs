using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Checks whether users are on an account's blocklist, and with -Both whether the account is on theirs.</summary>
    /// <remarks>
    /// Sends black_list_check, up to 1000 users of one account per request, and writes one ChatBlockRelation per pair in
    /// input order. Relation is Tencent's value without its prefix: NO (Tencent's spelling: neither), AWithB (User is on
    /// Account's blocklist), BWithA (Account is on User's) or BothWay. Without -Both Tencent answers only NO or AWithB.
    /// </remarks>
    /// <example>
    /// <code>
    /// Test-ChatBlockedUser -Account user_0001 -User user_0002, user_0003 -Both
    /// </code>
    /// Shows who of the pairs blocked whom, for an abuse report.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv pairs.csv | Test-ChatBlockedUser -Both | Where-Object Relation -ne 'NO'
    /// </code>
    /// Lists the pairs of a CSV file (Account and User columns) where someone blocked someone.
    /// </example>
    /// <seealso cref="BlockChatUserCommand"/>
    /// <seealso cref="GetChatBlockedUserCommand"/>
    [Cmdlet(VerbsDiagnostic.Test, "ChatBlockedUser")]
    [OutputType(typeof(ChatBlockRelation))]
    public sealed class TestChatBlockedUserCommand : RelationCheckCmdlet<ChatBlockRelation>
    {
        /// <summary>The users to check, from the pipeline by property name: User, Friend or To_Account.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Friend", "To_Account")]
        [AllowEmptyString]
        public string[] User { get; set; } = new string[0];

        protected override string ProgressItemName => "pairs";

        protected override IEnumerable<string> Targets => User;

        protected override Task<IReadOnlyList<ChatBlockRelation>> SendAsync(string account, IReadOnlyList<string> batch, CancellationToken cancellationToken) =>
            FriendChecks.CheckBlocksAsync(ActiveSession, account, batch, Both, Log, cancellationToken);

        protected override ChatAdminException? FailureOf(ChatBlockRelation result) => result.Failure;
    }
}
