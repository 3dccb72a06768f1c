using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Creates a conversation group for a user, optionally with conversations in it.</summary>
    /// <remarks>
    /// <para>
    /// Conversations come from -ConversationId, -PeerAccount and -GroupId, or from the pipeline, where they are collected
    /// per owner account and group name; each account gets one group per name (-Name binds by property name too, so
    /// Get-ChatContactGroup's objects and CSV rows each name their own). The first 100 conversations are sent with
    /// create_contact_group and the rest follow 100 per update_contact_group request. Up to -ThrottleLimit (default 16) accounts are worked on at
    /// once; each account's create and updates follow each other in order.
    /// </para>
    /// <para>
    /// Before writing, it reads the user's groups and refuses a 21st group (TooManyContactGroups). It writes the group;
    /// every conversation that could not be added is written as an error whose target (its ChatConversationChange) can
    /// be piped back. When a follow-up request fails, the group and the conversations that were added are kept. Should
    /// Tencent refuse the create because of one dismissed group chat (51007), the group is created empty and its
    /// conversations added after, where a refused request is split in halves until the conversations at fault are found
    /// (at most 2*log2(100), 14, more requests each); only they are written as GroupChatUnavailable errors.
    /// </para>
    /// <para>
    /// Running the same command again finishes the job: when the user already has a group of that name, it is not
    /// created again. Instead the conversations are looked up with search_contact_group (300 per request), those already
    /// in the group count as done, and only the others are added with update_contact_group (100 per request). The
    /// existing group is written as if it had just been created, after one warning naming it. -WhatIf sends nothing, so it
    /// cannot know whether the group exists and says "Create" either way.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// New-ChatContactGroup -Account user_0001 -Name vip -PeerAccount user_0002, user_0003
    /// </code>
    /// Creates the group vip for user_0001 with the C2C conversations with user_0002 and user_0003.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 -Type Group | New-ChatContactGroup -Name 'All groups'
    /// </code>
    /// Creates a group holding every group chat of user_0001.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv convs.csv | New-ChatContactGroup -Name 'Support' -WhatIf
    /// </code>
    /// Shows, per owner account in the CSV, the group that would be created and how many conversations it would hold.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv vip.csv | New-ChatContactGroup -Name vip -ErrorVariable failed
    /// if ($failed) { $failed.TargetObject | Where-Object ConversationId | New-ChatContactGroup -Name vip }
    /// </code>
    /// Creates the group vip for each account in the CSV; if some conversations could not be added (a throttled or
    /// timed-out request), the second line adds exactly those to the groups the first line created.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatContactGroup -Account user_0001 | Export-Csv groups.csv -NoTypeInformation
    /// Import-Csv groups.csv | New-ChatContactGroup
    /// </code>
    /// Backs up user_0001's conversation groups, and later recreates those that are missing (empty ones included); a
    /// group that still exists is left as it is. Set-ChatConversation then puts the conversations back in them.
    /// </example>
    /// <seealso cref="GetChatContactGroupCommand"/>
    /// <seealso cref="SetChatConversationCommand"/>
    /// <seealso cref="AddChatContactGroupMemberCommand"/>
    /// <seealso cref="RenameChatContactGroupCommand"/>
    [Cmdlet(VerbsCommon.New, "ChatContactGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatContactGroup))]
    public sealed class NewChatContactGroupCommand : SingleAccountCmdlet
    {
        private readonly KeyedBatcher<(string Account, string Name), ConversationKey> _conversationsByGroup;

        public NewChatContactGroupCommand() => _conversationsByGroup = FlushedAtEnd(KeyedBatcher<(string Account, string Name), ConversationKey>.PerKey(Create));

        /// <summary>
        /// The group's name: at most 32 bytes of UTF-8, unique per user. Binds by property name, so Get-ChatContactGroup's
        /// objects, and the rows of their CSV export, recreate their groups.
        /// </summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary>Conversations to put in the group: c2c_&lt;UserID&gt; or group_&lt;GroupId&gt;, e.g. from Get-ChatConversation.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[]? ConversationId { get; set; }

        /// <summary>C2C peers to put in the group.
        /// Tab completes the C2C peers of -Account's most recent conversations (one get_list page, read at most once per 30 seconds).</summary>
        [Parameter]
        [Alias("To_Account", "Peer_Account")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PeerAccountCompleter))]
        public string[]? PeerAccount { get; set; }

        /// <summary>Group chats to put in the group.</summary>
        [Parameter]
        [Alias("ToGroupId")]
        [ValidateNotNullOrEmpty]
        public string[]? GroupId { get; set; }

        protected override string ProgressItemName => "conversations";

        protected override void Process() =>
            _conversationsByGroup.Add((Account, Name), ConversationInput.Parse(ConversationId, PeerAccount, GroupId, WriteItemError));

        private void Create(KeyedBatch<(string Account, string Name), ConversationKey> batch)
        {
            var (account, name) = batch.Key;
            string[] conversationIds = batch.Items.Select(c => c.ConversationId).ToArray();
            // -ConversationId takes no empty list, so a group created empty pipes back without one.
            PSObject target = conversationIds.Length == 0
                ? ConversationInput.RetryGroup(account, name)
                : ConversationInput.RetryGroup(account, name, ("ConversationId", conversationIds));
            if (!ShouldProcessItem(ConversationInput.DescribeGroup(account, name), $"Create with {batch.Items.Count} conversation(s)", target))
                return;
            // One job per account: the create and the updates that add the rest follow each other in order.
            QueueWrite(account, target, async ct =>
            {
                ContactGroupCreation created = await ContactGroupEditing.CreateAsync(ActiveSession, account, name, batch.Items, Log, ct).ConfigureAwait(false);
                // Without conversations a session-wide failure has no change to carry it: throw it, so it stops everything.
                if (created.Failure is { IsSessionWide: true } && created.Conversations.Count == 0) throw created.Failure;
                return created;
            }, created =>
            {
                // A "New" that quietly returns an old group would let a mistyped or someone else's name pass unnoticed.
                if (created.AlreadyExisted)
                    WriteWarning($"Conversation group '{name}' of {account} already exists; it was not created again, only the conversations it lacked were added.");
                if (created.Group != null) WriteObject(created.Group);
                else if (created.Conversations.Count == 0) WriteItemError(created.Failure!, target);
                WriteChanges(created.Conversations, passThru: false);
            }, created => created.Conversations);
        }
    }
}
