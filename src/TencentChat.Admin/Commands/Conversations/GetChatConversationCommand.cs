using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets users' conversation lists.</summary>
    /// <remarks>
    /// <para>
    /// Sends get_list requests and writes each page's conversations as they arrive. Accounts come from -Account or the
    /// pipeline, as strings or as objects with an Account (or UserId) property, and are read as they arrive, up to
    /// -ThrottleLimit (default 16) at once: each account's conversations keep the server's order, and pages of
    /// different accounts may interleave. A failure for one account is written as an error and the others go on; a
    /// failure that every request would meet (credentials, permission, connection) stops the command at once and
    /// cancels the requests in flight.
    /// </para>
    /// <para>
    /// Laziness: each account asks for its next page only once its previous page has been written, so at most
    /// -ThrottleLimit pages are ever fetched and not yet written. | Select-Object -First 3 therefore sends at most
    /// -ThrottleLimit requests (one with -ThrottleLimit 1), and it and Ctrl+C cancel every request in flight.
    /// </para>
    /// <para>
    /// Many accounts or pages show a progress bar (accounts done, conversations so far, requests per second, retries and
    /// throttled answers), updated at most four times a second; $ProgressPreference = 'SilentlyContinue' hides it.
    /// </para>
    /// <para>
    /// Each ChatConversation has plain properties, so Export-Csv writes it as it is, and its Account and ConversationId
    /// bind the other conversation cmdlets, directly or through Import-Csv.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 | Export-Csv convs.csv -NoTypeInformation
    /// </code>
    /// Exports every conversation of user_0001, with its marks and conversation group ids, to a CSV file.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 -Type Group -Pinned
    /// </code>
    /// Lists only the pinned group chats of user_0001.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv users.csv | Get-ChatConversation -EmptyOnly | Export-Csv empty.csv -NoTypeInformation
    /// </code>
    /// Reads the UserIDs from the Account column of users.csv and exports the conversations that have no messages (two
    /// listings per account).
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 -EmptyOnly | Remove-ChatConversation -WhatIf
    /// </code>
    /// Shows which of user_0001's conversations without messages would be deleted.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 | Select-Object -First 5 -Property ConversationId, LastMessageTime
    /// </code>
    /// Shows the first five conversations; only the first page is requested.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content accounts.txt | Get-ChatConversation -ThrottleLimit 32 | Export-Csv all.csv -NoTypeInformation
    /// </code>
    /// Exports the conversations of every UserID in accounts.txt, reading 32 accounts at once.
    /// </example>
    /// <seealso cref="SearchChatContactGroupCommand"/>
    /// <seealso cref="RemoveChatConversationCommand"/>
    /// <seealso cref="SetChatConversationMarkCommand"/>
    /// <seealso cref="ConnectChatAdminCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatConversation")]
    [OutputType(typeof(ChatConversation))]
    public sealed class GetChatConversationCommand : AccountListCmdlet
    {
        /// <summary>Only conversations of these types: C2C (one-to-one chats) or Group (group chats).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public ChatConversationType[]? Type { get; set; }

        /// <summary>Only pinned conversations.</summary>
        [Parameter]
        public SwitchParameter Pinned { get; set; }

        /// <summary>
        /// Only conversations without messages: those get_list lists with AssistFlags bit 1 ("return empty conversations")
        /// but not without it. An empty conversation still has a LastMessageTime, so this is the only way to find them, and
        /// it costs two listings per account (every page without bit 1, then every page with it). The first listing is read
        /// whole before the first conversation is written.
        /// </summary>
        [Parameter]
        public SwitchParameter EmptyOnly { get; set; }

        /// <summary>get_list AssistFlags; the default (All, 63) is what Tencent documents for complete data.</summary>
        [Parameter]
        public ChatAssistFlags AssistFlags { get; set; } = ChatAssistFlags.All;

        protected override string ProgressItemName => "conversations";

        protected override void Process()
        {
            ForEachAccount(async (account, output, cancellationToken) =>
            {
                IPageReader<ChatConversation> pager = EmptyOnly
                    ? new EmptyConversationPager(ActiveSession, account, AssistFlags, Log)
                    : new ConversationPager(ActiveSession, account, AssistFlags, Log);
                while (!pager.IsComplete)
                {
                    IReadOnlyList<ChatConversation> page = await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
                    await output.DeliverAsync(page.Count, () =>
                    {
                        foreach (ChatConversation conversation in page)
                            if (Wanted(conversation))
                                WriteObject(conversation);
                    }).ConfigureAwait(false);
                }
            });
        }

        private bool Wanted(ChatConversation conversation) =>
            (Type == null || Type.Contains(conversation.Type)) && (!Pinned || conversation.IsPinned);
    }
}
