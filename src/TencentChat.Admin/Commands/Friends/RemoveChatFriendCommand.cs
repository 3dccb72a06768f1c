using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Removes friends from an account's friend table, one-way or both ways, or all of them.</summary>
    /// <remarks>
    /// <para>
    /// Sends friend_delete, up to 1000 friends of one account per request, with Delete_Type_Single (only Account's table)
    /// or, with -Both, Delete_Type_Both (Friend's row of Account too). The remark, lists and custom fields of a removed row
    /// are gone; back them up with Get-ChatFriend first. A friend that was not one is Result NotFriend (Tencent's 31704),
    /// not an error, so a rerun finishes without errors.
    /// </para>
    /// <para>
    /// -All calls friend_delete_all for each account: its whole friend table (with -Both, also its row in each friend's
    /// table); its blocklist and friend lists stay. ConfirmImpact is High: PowerShell asks before each account's request
    /// unless -Confirm:$false; -WhatIf sends nothing. Unattended runs get a ConfirmationRequired error instead of a prompt.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Add-ChatFriend -Account user_0009 -Friend user_0010 -Both -Force | Out-Null
    /// Remove-ChatFriend -Account user_0009 -Friend user_0010 -Both -Confirm:$false
    /// </code>
    /// Makes two users friends, then ends the friendship on both sides.
    /// </example>
    /// <example>
    /// <code>
    /// Remove-ChatFriend -Account user_0001 -All -WhatIf
    /// </code>
    /// Shows that user_0001's whole friend table would be emptied, without emptying it.
    /// </example>
    /// <seealso cref="AddChatFriendCommand"/>
    /// <seealso cref="GetChatFriendCommand"/>
    [Cmdlet(VerbsCommon.Remove, "ChatFriend", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = FriendSet)]
    [OutputType(typeof(ChatFriendChange))]
    public sealed class RemoveChatFriendCommand : FriendWriteCmdlet
    {
        private const string FriendSet = "Friend";
        private const string AllSet = "All";

        /// <summary>The friends to remove, from the pipeline by property name: Friend or To_Account.</summary>
        [Parameter(ParameterSetName = FriendSet, Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("To_Account")]
        [AllowEmptyString]
        public string[] Friend { get; set; } = new string[0];

        /// <summary>Every friend of the account (friend_delete_all).</summary>
        [Parameter(ParameterSetName = AllSet, Mandatory = true)]
        public SwitchParameter All { get; set; }

        /// <summary>Both ways: also remove Account from each friend's table.</summary>
        [Parameter]
        public SwitchParameter Both { get; set; }

        protected override int BatchSize => FriendChecks.MaxTargetsPerRequest;

        protected override void Process()
        {
            if (All)
            {
                string account = Account;
                if (!ShouldProcessItem(account, Both ? "Remove every friend, both ways" : "Remove every friend", new ChatFriendChange { Account = account, Friend = "*" })) return;
                QueueWrite(account, account, cancellationToken => FriendWrites.DeleteAllAsync(ActiveSession, account, Both, Log, cancellationToken), WriteChange);
                return;
            }
            foreach (string friend in Friend)
                Queue(() => FriendWrites.PrepareTarget(Account, friend, "Delete"), Both ? "Remove friend both ways" : "Remove friend");
        }

        protected override Task<IReadOnlyList<ChatFriendChange>> SendAsync(string account, IReadOnlyList<FriendItem> batch, CancellationToken cancellationToken) =>
            FriendWrites.DeleteAsync(ActiveSession, account, batch, Both, Log, cancellationToken);
    }
}
