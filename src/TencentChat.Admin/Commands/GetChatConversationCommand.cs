using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets users' conversation lists.</summary>
    /// <remarks>
    /// <para>
    /// Sends get_list requests and writes each page's conversations as they arrive: | Select-Object -First 3 sends one
    /// request, and Ctrl+C cancels the request in flight. Accounts come from -Account or the pipeline, as strings or as
    /// objects with an Account (or UserId) property; a failure for one account is written as an error and the next
    /// account goes on.
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
    /// Import-Csv users.csv | Get-ChatConversation | Where-Object { -not $_.LastMessageTime } | Export-Csv empty.csv -NoTypeInformation
    /// </code>
    /// Reads the UserIDs from the Account column of users.csv and exports the conversations that have no messages.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 | Select-Object -First 5 -Property ConversationId, LastMessageTime
    /// </code>
    /// Shows the first five conversations; only the first page is requested.
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

        /// <summary>get_list AssistFlags; the default (All, 63) is what Tencent documents for complete data.</summary>
        [Parameter]
        public ChatAssistFlags AssistFlags { get; set; } = ChatAssistFlags.All;

        protected override void Process()
        {
            ForEachAccount(account =>
            {
                var pager = new ConversationPager(ActiveSession, account, AssistFlags, Log);
                while (!pager.IsComplete)
                {
                    foreach (ChatConversation conversation in Await(pager.NextPageAsync))
                    {
                        if (Wanted(conversation))
                            WriteObject(conversation);
                    }
                }
            });
        }

        private bool Wanted(ChatConversation conversation) =>
            (Type == null || Type.Contains(conversation.Type)) && (!Pinned || conversation.IsPinned);
    }
}
