using System;
using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets the history of one-to-one conversations.</summary>
    /// <remarks>
    /// <para>
    /// Reads the conversation of -Account with -Peer as -Account sees it (admin_getroammsg), newest first, one request
    /// per page of up to 100 messages, and writes each page as it arrives: | Select-Object -First 5 sends one request.
    /// Pages walk back in time from -Before to -After (default: the last 7 days; history older than the app's retention,
    /// 7 to 90 days by edition, is gone). Messages of the second a page ends in come again on the next page; the cmdlet
    /// writes each message once. A server that answers without moving on ends the listing with a warning or with
    /// NonAdvancingCursor, never a loop.
    /// </para>
    /// <para>
    /// -Account and -Peer bind by property name, so Get-ChatConversation -Account u | Get-ChatMessage reads every
    /// one-to-one history of u; group conversations are skipped with one warning (Get-ChatGroupMessage reads those).
    /// Several conversations are read at once, up to -ThrottleLimit, and written in input order.
    /// </para>
    /// <para>
    /// Each ChatMessage carries the body exactly (MsgBodyJson) and typed (Elements), so Export-Csv then Import-Csv |
    /// Import-ChatMessage copies a history, and Remove-ChatMessage recalls a message piped from here.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatMessage -Account user_0001 -Peer user_0002 | Select-Object -First 5
    /// </code>
    /// Shows the five newest messages between user_0001 and user_0002; one request is sent.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatMessage -Account user_0001 -Peer user_0002 -After (Get-Date).AddDays(-30) | Export-Csv history.csv -NoTypeInformation
    /// </code>
    /// Exports the last 30 days of the conversation, bodies included, to a CSV file.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 | Get-ChatMessage -After (Get-Date).AddHours(-1)
    /// </code>
    /// Reads the last hour of every one-to-one conversation of user_0001.
    /// </example>
    /// <seealso cref="SendChatMessageCommand"/>
    /// <seealso cref="RemoveChatMessageCommand"/>
    /// <seealso cref="ImportChatMessageCommand"/>
    /// <seealso cref="GetChatConversationCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatMessage")]
    [OutputType(typeof(ChatMessage))]
    public sealed class GetChatMessageCommand : ChatApiCmdlet
    {
        private bool _warnedGroup;
        private int _skippedGroups;

        /// <summary>Whose view of the conversation is read (Operator_Account).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Operator_Account")]
        [ArgumentCompleter(typeof(Infrastructure.Completion.AccountCompleter))]
        public string Account { get; set; } = string.Empty;

        /// <summary>The other side of the conversation. Empty for a group conversation piped from Get-ChatConversation, which is skipped.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("PeerAccount", "Peer_Account")]
        [AllowNull]
        [AllowEmptyString]
        public string? Peer { get; set; }

        /// <summary>Binds a group conversation's GroupId from the pipeline, so that it is skipped instead of read as a one-to-one one.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        public string? GroupId { get; set; }

        /// <summary>The oldest time to read (inclusive); default 7 days before now.</summary>
        [Parameter]
        public DateTimeOffset? After { get; set; }

        /// <summary>The newest time to read (inclusive); default now.</summary>
        [Parameter]
        public DateTimeOffset? Before { get; set; }

        protected override string ProgressItemName => "messages";

        protected override string ProgressJobName => "conversations";

        private DateTimeOffset _after, _before;

        protected override void Begin()
        {
            DateTimeOffset now = ActiveSession.Clock();
            _before = Before ?? now;
            _after = After ?? _before.AddDays(-7);
            try
            {
                MessageHistoryPager.CheckRange(_after, _before);
            }
            catch (ChatInputException e)
            {
                ThrowChatError(e);
            }
        }

        protected override void Process()
        {
            if (!string.IsNullOrEmpty(GroupId))
            {
                SkipGroup();
                return;
            }
            MessageHistoryPager pager;
            try
            {
                pager = new MessageHistoryPager(ActiveSession, Account, Peer ?? string.Empty, _after, _before, Log);
            }
            catch (ChatInputException e)
            {
                WriteItemError(e, e.Target ?? Peer);
                return;
            }
            StartInOrder("read", MyInvocation.ExpectingInput ? (int?)null : 1, async (output, cancellationToken) =>
            {
                while (!pager.IsComplete)
                {
                    IReadOnlyList<ChatMessage> page = await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
                    await output.DeliverAsync(page.Count, () =>
                    {
                        foreach (ChatMessage message in page) WriteObject(message);
                    }).ConfigureAwait(false);
                }
            });
        }

        private void SkipGroup()
        {
            _skippedGroups++;
            if (_warnedGroup) return;
            _warnedGroup = true;
            WriteWarning($"Get-ChatMessage reads one-to-one conversations; group conversation '{GroupId}' is skipped, and so is every other one piped in. Use Get-ChatGroupMessage for group histories.");
        }

        protected override void End()
        {
            if (_skippedGroups > 1) WriteVerbose($"{_skippedGroups} group conversations skipped.");
        }
    }
}
