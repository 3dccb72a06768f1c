using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets accounts' friend lists and the friends in each. Friend lists are not group chats.</summary>
    /// <remarks>
    /// Sends group_get for each account and writes one ChatFriendGroup per list: Account, Name and Friends. Friend lists
    /// (Tencent's Tag_SNS_IM_Group, which its API calls "groups") only sort a user's own friends, at most 32 lists per
    /// user; they are not group chats, which the group cmdlets manage. group_get allows 200 calls per second per app.
    /// </remarks>
    /// <example>
    /// <code>
    /// Add-ChatFriend -Account user_0001 -Friend user_0004 -Group Family -Force | Out-Null
    /// Get-ChatFriendGroup -Account user_0001
    /// </code>
    /// Puts a new friend in the list Family and shows user_0001's friend lists.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatFriendGroup -Account user_0001 -Name Family | Select-Object -ExpandProperty Friends
    /// </code>
    /// Lists the friends in user_0001's friend list Family.
    /// </example>
    /// <seealso cref="NewChatFriendGroupCommand"/>
    /// <seealso cref="RemoveChatFriendGroupCommand"/>
    /// <seealso cref="GetChatFriendCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatFriendGroup")]
    [OutputType(typeof(ChatFriendGroup))]
    public sealed class GetChatFriendGroupCommand : AccountListCmdlet
    {
        /// <summary>Only these lists (at most 32 names); all when not given.</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string[]? Name { get; set; }

        protected override string ProgressItemName => "friend lists";

        protected override void Process() =>
            ForEachAccount(async (account, output, cancellationToken) =>
            {
                IReadOnlyList<ChatFriendGroup> groups = await FriendGroups.GetAsync(ActiveSession, account, Name, Log, cancellationToken).ConfigureAwait(false);
                await output.DeliverAsync(groups.Count, () =>
                {
                    foreach (ChatFriendGroup group in groups) WriteObject(group);
                }).ConfigureAwait(false);
            });
    }
}
