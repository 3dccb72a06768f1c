using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Checks whether users are in an account's friend table, and with -Both whether the account is in theirs.</summary>
    /// <remarks>
    /// Sends friend_check, up to 1000 friends of one account per request, and writes one ChatFriendRelation per pair in
    /// input order. Relation is NoRelation, AWithB (Friend is in Account's table), BWithA (Account is in Friend's) or
    /// BothWay. Without -Both (CheckResult_Type_Single) Tencent answers only NoRelation or AWithB, saying nothing about
    /// Friend's side. friend_check allows 200 calls per second per app.
    /// </remarks>
    /// <example>
    /// <code>
    /// Test-ChatFriend -Account user_0001 -Friend user_0002, user_0003 -Both
    /// </code>
    /// Shows how user_0001 and two users stand as friends, on both sides.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv pairs.csv | Test-ChatFriend -Both | Where-Object Relation -ne 'BothWay'
    /// </code>
    /// Lists the pairs of a CSV file (Account and Friend columns) that are not friends both ways.
    /// </example>
    /// <seealso cref="GetChatFriendCommand"/>
    /// <seealso cref="AddChatFriendCommand"/>
    [Cmdlet(VerbsDiagnostic.Test, "ChatFriend")]
    [OutputType(typeof(ChatFriendRelation))]
    public sealed class TestChatFriendCommand : RelationCheckCmdlet<ChatFriendRelation>
    {
        /// <summary>The users to check, from the pipeline by property name: Friend or To_Account.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("To_Account")]
        [AllowEmptyString]
        public string[] Friend { get; set; } = new string[0];

        protected override string ProgressItemName => "pairs";

        protected override IEnumerable<string> Targets => Friend;

        protected override Task<IReadOnlyList<ChatFriendRelation>> SendAsync(string account, IReadOnlyList<string> batch, CancellationToken cancellationToken) =>
            FriendChecks.CheckFriendsAsync(ActiveSession, account, batch, Both, Log, cancellationToken);

        protected override ChatAdminException? FailureOf(ChatFriendRelation result) => result.Failure;
    }
}
