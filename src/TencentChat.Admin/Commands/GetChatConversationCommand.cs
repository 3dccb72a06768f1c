using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Lists users' conversations (get_list), page by page as they arrive: `| Select-Object -First 3` sends one
    /// request, Ctrl+C cancels the one in flight. A failure for one account is written and the next goes on.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ChatConversation")]
    [OutputType(typeof(ChatConversation))]
    public sealed class GetChatConversationCommand : AccountListCmdlet
    {
        /// <summary>Only conversations of these types.</summary>
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
