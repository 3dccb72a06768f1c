using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets the friends of accounts, with their remark, friend lists, source, greeting, time and custom fields.</summary>
    /// <remarks>
    /// <para>
    /// Pages each account's friend table with friend_get: StartIndex 0 first, then each NextStartIndex, until CompleteFlag
    /// says the table is done; the sequences are sent as 0 on every page, so no page comes back without its data. Friends
    /// stream as pages arrive and a page is only asked for when the pipeline wants more, so <c>Select-Object -First 5</c>
    /// sends one request. The page size is Tencent's choice (UNCONFIRMED). Many accounts (by parameter or piped) are read
    /// -ThrottleLimit at a time, each account's friends in the server's order; a failed account is an error targeting it
    /// and the others go on.
    /// </para>
    /// <para>
    /// A ChatFriend is one row of Account's table: a two-way friendship shows as one row under each account. The rows pipe
    /// into Set-ChatFriend and Remove-ChatFriend, and their CSV (Groups as "a;b", CustomJson) into Add-ChatFriend -Import.
    /// friend_get allows 200 calls per second per app. Pages are not a snapshot: friends added or removed meanwhile may
    /// be missed or repeated.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Add-ChatFriend -Account user_0001 -Friend user_0002, user_0003 -Force | Out-Null
    /// Get-ChatFriend -Account user_0001
    /// </code>
    /// Makes user_0001 two friends and lists its friend table.
    /// </example>
    /// <example>
    /// <code>
    /// 'user_0001', 'user_0002' | Get-ChatFriend -ThrottleLimit 8 | Export-Csv friends.csv -NoTypeInformation
    /// </code>
    /// Backs up the friend tables of two accounts to a CSV file that Add-ChatFriend -Import restores from.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatFriend -Account user_0001 | Where-Object { $_.Groups -contains 'Work' } | Select-Object Friend, Remark
    /// </code>
    /// Lists user_0001's friends in the friend list Work.
    /// </example>
    /// <seealso cref="AddChatFriendCommand"/>
    /// <seealso cref="TestChatFriendCommand"/>
    /// <seealso cref="GetChatFriendGroupCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatFriend")]
    [OutputType(typeof(ChatFriend))]
    public sealed class GetChatFriendCommand : AccountListCmdlet
    {
        protected override string ProgressItemName => "friends";

        protected override void Process() =>
            ForEachAccount(async (account, output, cancellationToken) =>
            {
                var pager = new FriendPager(ActiveSession, account, Log);
                while (!pager.IsComplete)
                {
                    IReadOnlyList<ChatFriend> page = await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
                    await output.DeliverAsync(page.Count, () =>
                    {
                        foreach (ChatFriend friend in page) WriteObject(friend);
                    }).ConfigureAwait(false);
                }
            });
    }
}
