using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets the users on accounts' blocklists, with when each was blocked.</summary>
    /// <remarks>
    /// Pages each account's blocklist with black_list_get, -PageSize users per request (100 unless given, at most 1000: a
    /// blocklist holds at most 1000), streaming lazily: a page is asked for only when the pipeline wants more. Many accounts
    /// are read -ThrottleLimit at a time. Tencent's sources spell the list's sequence CurruentSequence and CurrentSequence;
    /// both are read. black_list_get allows 200 calls per second per app.
    /// </remarks>
    /// <example>
    /// <code>
    /// Block-ChatUser -Account user_0011 -User user_0010 | Out-Null
    /// Get-ChatBlockedUser -Account user_0011
    /// </code>
    /// Blocks a user and lists user_0011's blocklist.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content accounts.txt | Get-ChatBlockedUser | Group-Object User | Sort-Object Count -Descending | Select-Object -First 10 Name, Count
    /// </code>
    /// Finds the users blocked by the most accounts of a file.
    /// </example>
    /// <seealso cref="BlockChatUserCommand"/>
    /// <seealso cref="UnblockChatUserCommand"/>
    /// <seealso cref="TestChatBlockedUserCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatBlockedUser")]
    [OutputType(typeof(ChatBlockedUser))]
    public sealed class GetChatBlockedUserCommand : AccountListCmdlet
    {
        /// <summary>Users per request (MaxLimited), 1 to 1000.</summary>
        [Parameter]
        [ValidateRange(1, BlockedUserPager.MaxPageSize)]
        public int PageSize { get; set; } = BlockedUserPager.DefaultPageSize;

        protected override string ProgressItemName => "blocked users";

        protected override void Process() =>
            ForEachAccount(async (account, output, cancellationToken) =>
            {
                var pager = new BlockedUserPager(ActiveSession, account, Log, PageSize);
                while (!pager.IsComplete)
                {
                    IReadOnlyList<ChatBlockedUser> page = await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
                    await output.DeliverAsync(page.Count, () =>
                    {
                        foreach (ChatBlockedUser user in page) WriteObject(user);
                    }).ConfigureAwait(false);
                }
            });
    }
}
