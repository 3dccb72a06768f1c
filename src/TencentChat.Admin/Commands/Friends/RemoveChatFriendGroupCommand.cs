using System.Management.Automation;
using System.Linq;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Deletes friend lists of an account; the friends in them stay friends. Friend lists are not group chats.</summary>
    /// <remarks>
    /// Sends group_delete with the names (at most 32 per request): the lists go, and every friend in them is taken out of
    /// them; the friendships stay. A name the account has no list of is ignored. Nothing is written; -PassThru writes
    /// a ChatFriendGroup per deleted list. Friend lists sort a user's own friends; they are not group chats. ConfirmImpact is Medium.
    /// </remarks>
    /// <example>
    /// <code>
    /// Remove-ChatFriendGroup -Account user_0002 -Name Gym -Confirm:$false
    /// </code>
    /// Deletes user_0002's friend list Gym; the friends in it stay friends.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatFriendGroup -Account user_0002 | Where-Object { $_.Friends.Count -eq 0 } | Remove-ChatFriendGroup -Confirm:$false -PassThru
    /// </code>
    /// Deletes user_0002's empty friend lists and shows which went.
    /// </example>
    /// <seealso cref="GetChatFriendGroupCommand"/>
    /// <seealso cref="NewChatFriendGroupCommand"/>
    [Cmdlet(VerbsCommon.Remove, "ChatFriendGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatFriendGroup))]
    public sealed class RemoveChatFriendGroupCommand : SingleAccountCmdlet
    {
        /// <summary>The lists to delete, at most 32 names.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = new string[0];

        /// <summary>Write a ChatFriendGroup (Account, Name) for each list deleted.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string ProgressItemName => "friend lists";

        protected override void Process()
        {
            string account = Account;
            string[] names = Name;
            if (!ShouldProcess(account, "Delete friend lists " + string.Join(", ", names))) return;
            QueueWrite(account, account, async cancellationToken =>
            {
                await FriendGroups.DeleteAsync(ActiveSession, account, names, Log, cancellationToken).ConfigureAwait(false);
                return names.Select(name => new ChatFriendGroup { Account = account, Name = name }).ToList();
            }, deleted =>
            {
                if (PassThru) WriteObject(deleted, enumerateCollection: true);
            });
        }
    }
}
