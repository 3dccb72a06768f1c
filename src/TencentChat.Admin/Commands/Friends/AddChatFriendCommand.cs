using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Adds friends to an account's friend table, one-way or both ways, or imports friend rows with their data.</summary>
    /// <remarks>
    /// <para>
    /// Sends friend_add, up to 100 friends of one account per request (Tencent states no cap; 100 is the module's
    /// choice), collected across pipeline objects. By default only Account gets Friend (Add_Type_Single); -Both writes
    /// both rows. The target's profile decides (AllowType): AllowAny adds, NeedConfirm leaves a pending request that the
    /// target must accept in the app (Result Pending, Tencent's 30539: not a failure), DenyAny refuses
    /// (FriendRequestsDenied). -Force (ForceAddFlags 1) adds whatever the target's AllowType; blocklists still apply.
    /// </para>
    /// <para>
    /// -Import calls friend_import instead, up to 1000 per request: one-way rows with all their data (Remark, Groups,
    /// AddSource, AddWording, AddTime, custom fields), no AllowType check. It is the way to migrate or restore friends:
    /// <c>Import-Csv friends.csv | Add-ChatFriend -Import</c> restores what <c>Get-ChatFriend | Export-Csv</c> saved (both
    /// sides' rows, when both users' friends were exported).
    /// </para>
    /// <para>
    /// One ChatFriendChange is written per friend, in input order per account: Result Added, AlreadyFriend (30520),
    /// Pending or Imported. A friend that fails is an error with Tencent's code whose target (the change, with Account
    /// and Friend) pipes back. Per-item answers come in Fail_Account, not the account family's FailAccounts; the module
    /// reads the per-friend ResultCode. A Remark over 96 bytes, an AddWording over 256, a list name over 30 or an AddSource
    /// that is not 1 to 8 letters is refused before any request (InvalidFriendValue). ConfirmImpact is Medium.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Add-ChatFriend -Account user_0001 -Friend user_0002, user_0003 -Both -Force
    /// </code>
    /// Makes user_0001 friends with two users both ways, whatever their friend-request settings.
    /// </example>
    /// <example>
    /// <code>
    /// Add-ChatFriend -Account user_0004 -Friend user_0005 -Remark 'Team lead' -Group Work -AddSource Web -AddWording 'Hi from the admin'
    /// </code>
    /// Sends a friend request with a remark, a friend list and a greeting; it is Pending while user_0005 confirms requests.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatFriend -Account user_0001 | Export-Csv friends.csv -NoTypeInformation
    /// Remove-ChatFriend -Account user_0001 -All -Confirm:$false
    /// Import-Csv friends.csv | Add-ChatFriend -Import
    /// </code>
    /// Backs up user_0001's friend table, empties it, and restores every row with its remark, lists and time.
    /// </example>
    /// <example>
    /// <code>
    /// Add-ChatFriend -Account user_0006 -Friend user_0007 -Force -ErrorVariable failed
    /// if ($failed) { $failed.TargetObject | Add-ChatFriend -Force }
    /// </code>
    /// Adds a friend and tries the failed pairs once more.
    /// </example>
    /// <seealso cref="GetChatFriendCommand"/>
    /// <seealso cref="RemoveChatFriendCommand"/>
    /// <seealso cref="TestChatFriendCommand"/>
    [Cmdlet(VerbsCommon.Add, "ChatFriend", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = AddSet)]
    [OutputType(typeof(ChatFriendChange))]
    public sealed class AddChatFriendCommand : FriendWriteCmdlet
    {
        private const string AddSet = "Add";
        private const string ImportSet = "Import";

        /// <summary>The friends to add, from the pipeline by property name: Friend or To_Account.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("To_Account")]
        [AllowEmptyString]
        public string[] Friend { get; set; } = new string[0];

        /// <summary>Both ways (Add_Type_Both): Friend also gets Account. Without it, only Account's table changes.</summary>
        [Parameter(ParameterSetName = AddSet)]
        public SwitchParameter Both { get; set; }

        /// <summary>Add whatever the target's AllowType says (ForceAddFlags 1); blocklists still apply.</summary>
        [Parameter(ParameterSetName = AddSet)]
        public SwitchParameter Force { get; set; }

        /// <summary>Write full one-way rows with friend_import (AddTime and custom fields included), for migration and restore.</summary>
        [Parameter(ParameterSetName = ImportSet, Mandatory = true)]
        public SwitchParameter Import { get; set; }

        /// <summary>Tag_SNS_IM_Remark: Account's name for the friend, at most 96 bytes.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Remark { get; set; }

        /// <summary>
        /// Friend lists to put the friend in (created when new; at most 32 per user, names up to 30 bytes). friend_add takes one
        /// list; -Import any number. A CSV cell "a;b" is the two lists a and b.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Groups")]
        [ValueListTransformation]
        [AllowEmptyCollection]
        public string[]? Group { get; set; }

        /// <summary>Tag_SNS_IM_AddSource: where the request came from, 1 to 8 letters (Web for AddSource_Type_Web); Admin when not given, since Tencent requires one.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? AddSource { get; set; }

        /// <summary>Tag_SNS_IM_AddWording: the message with the request, at most 256 bytes.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? AddWording { get; set; }

        /// <summary>With -Import: when the friendship was made (Tag_SNS_IM_AddTime); now when not given.</summary>
        [Parameter(ParameterSetName = ImportSet, ValueFromPipelineByPropertyName = true)]
        public DateTimeOffset? AddTime { get; set; }

        /// <summary>With -Import: custom friend fields by keyword (@{ Level = 'gold' } for Tag_SNS_Custom_Level). Does not bind from the pipeline.</summary>
        [Parameter(ParameterSetName = ImportSet)]
        [ValidateNotNull]
        public Hashtable? Custom { get; set; }

        /// <summary>With -Import: custom friend fields as JSON text, as Get-ChatFriend writes it (the form a CSV cell carries).</summary>
        [Parameter(ParameterSetName = ImportSet, ValueFromPipelineByPropertyName = true)]
        public string? CustomJson { get; set; }

        protected override int BatchSize => Import ? 1000 : 100;

        protected override void Process()
        {
            foreach (string friend in Friend)
            {
                if (Import)
                    Queue(() => FriendWrites.PrepareImport(Account, friend, Given(Remark), Group, Given(AddSource), Given(AddWording), AddTime, CustomValues(CustomJson, Custom)),
                        "Import friend row");
                else
                    Queue(() => FriendWrites.PrepareAdd(Account, friend, Given(Remark), Group, Given(AddSource), Given(AddWording)), Both ? "Add friend both ways" : "Add friend");
            }
        }

        protected override Task<IReadOnlyList<ChatFriendChange>> SendAsync(string account, IReadOnlyList<FriendItem> batch, CancellationToken cancellationToken) =>
            Import ? FriendWrites.ImportAsync(ActiveSession, account, batch, Log, cancellationToken)
                : FriendWrites.AddAsync(ActiveSession, account, batch, Both, Force, Log, cancellationToken);
    }
}
