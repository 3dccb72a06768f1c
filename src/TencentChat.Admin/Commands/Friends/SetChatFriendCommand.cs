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
    /// <summary>Changes a friend's remark, friend lists or custom friend fields in an account's friend table.</summary>
    /// <remarks>
    /// <para>
    /// Sends friend_update, up to 100 friends of one account per request. Only what is given is sent: -Remark, -Group
    /// (which replaces the friend's lists; new lists are created, at most 32 per user), -Custom and CustomJson (custom
    /// friend fields, which must be declared in the Chat console). An empty value or CSV cell is not sent. AddSource,
    /// AddWording and AddTime cannot be changed (use Add-ChatFriend -Import to rewrite a row).
    /// </para>
    /// <para>
    /// One ChatFriendChange (Result Updated) is written per friend; a friend that fails (one that is not a friend, for
    /// instance) is an error with Tencent's code whose target pipes back. ConfirmImpact is Medium.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Add-ChatFriend -Account user_0001 -Friend user_0008 -Force | Out-Null
    /// Set-ChatFriend -Account user_0001 -Friend user_0008 -Remark 'Mei (support)' -Group Work, Support
    /// </code>
    /// Makes a friend, then renames it in user_0001's friend table and puts it in two friend lists.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatFriend -Account user_0001 | Where-Object { -not $_.Remark } | Set-ChatFriend -Remark 'To check' -WhatIf
    /// </code>
    /// Shows which friends without a remark would get one, without changing anything.
    /// </example>
    /// <seealso cref="GetChatFriendCommand"/>
    /// <seealso cref="AddChatFriendCommand"/>
    [Cmdlet(VerbsCommon.Set, "ChatFriend", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatFriendChange))]
    public sealed class SetChatFriendCommand : FriendWriteCmdlet
    {
        /// <summary>The friends to change, from the pipeline by property name: Friend or To_Account.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("To_Account")]
        [AllowEmptyString]
        public string[] Friend { get; set; } = new string[0];

        /// <summary>Tag_SNS_IM_Remark: the new remark, at most 96 bytes.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Remark { get; set; }

        /// <summary>The friend lists the friend is in from now on (replacing its lists); a CSV cell "a;b" is two lists.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Groups")]
        [ValueListTransformation]
        [AllowEmptyCollection]
        public string[]? Group { get; set; }

        /// <summary>Custom friend fields by keyword (@{ Level = 'gold' } for Tag_SNS_Custom_Level). Does not bind from the pipeline.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Custom { get; set; }

        /// <summary>Custom friend fields as JSON text, as Get-ChatFriend writes it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? CustomJson { get; set; }

        protected override int BatchSize => 100;

        protected override void Process()
        {
            foreach (string friend in Friend)
                Queue(() => FriendWrites.PrepareUpdate(Account, friend, Given(Remark), Group == null || Group.Length == 0 ? null : Group, CustomValues(CustomJson, Custom)),
                    "Update friend");
        }

        protected override Task<IReadOnlyList<ChatFriendChange>> SendAsync(string account, IReadOnlyList<FriendItem> batch, CancellationToken cancellationToken) =>
            FriendWrites.UpdateAsync(ActiveSession, account, batch, Log, cancellationToken);
    }
}
