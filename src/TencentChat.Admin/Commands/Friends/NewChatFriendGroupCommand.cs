using System.Management.Automation;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Creates friend lists for an account, optionally with friends in them. Friend lists are not group chats.</summary>
    /// <remarks>
    /// Sends group_add: the lists (at most 32 per user; names 1 to 30 bytes) and, with -Friend, friends put in every one of
    /// them. A list that exists already is kept (Tencent's answer for it is UNCONFIRMED). A friend that is not the
    /// account's friend is a NotFriend error (Tencent's 32216) targeting it. One ChatFriendGroup per list is written.
    /// Friend lists sort a user's own friends; they are not group chats. ConfirmImpact is Low.
    /// </remarks>
    /// <example>
    /// <code>
    /// Add-ChatFriend -Account user_0002 -Friend user_0003 -Force | Out-Null
    /// New-ChatFriendGroup -Account user_0002 -Name Work, Gym -Friend user_0003
    /// </code>
    /// Creates two friend lists for user_0002 with user_0003 in both.
    /// </example>
    /// <example>
    /// <code>
    /// New-ChatFriendGroup -Account user_0002 -Name Family -WhatIf
    /// </code>
    /// Shows the friend list that would be created, without creating it.
    /// </example>
    /// <seealso cref="GetChatFriendGroupCommand"/>
    /// <seealso cref="RemoveChatFriendGroupCommand"/>
    [Cmdlet(VerbsCommon.New, "ChatFriendGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ChatFriendGroup))]
    public sealed class NewChatFriendGroupCommand : SingleAccountCmdlet
    {
        /// <summary>The names of the new lists, 1 to 30 bytes each, at most 32.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = new string[0];

        /// <summary>Friends of the account to put in every new list (at most 1000).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Friends", "To_Account")]
        [ValueListTransformation]
        public string[]? Friend { get; set; }

        protected override string ProgressItemName => "friend lists";

        protected override void Process()
        {
            string account = Account;
            string[] names = Name;
            string[] friends = Friend ?? new string[0];
            if (!ShouldProcess(account, "Create friend lists " + string.Join(", ", names))) return;
            QueueWrite(account, account, cancellationToken => FriendGroups.AddAsync(ActiveSession, account, names, friends, Log, cancellationToken), result =>
            {
                foreach (ChatFriendChange failed in result.Failed) WriteItemError(failed.Failure!, failed);
                foreach (ChatFriendGroup group in result.Groups) WriteObject(group);
            });
        }
    }
}
