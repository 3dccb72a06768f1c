using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Operations;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Deletes conversations from their owners' conversation lists (delete), one request per conversation, which
    /// is what the API takes. ConfirmImpact High: it asks before every conversation unless -Confirm:$false.
    /// -ClearHistory also deletes the roaming message history and asks once more (ShouldContinue) unless -Force;
    /// -WhatIf always wins and sends nothing. The conversation's group/mark data is separate and stays.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ChatConversation", DefaultParameterSetName = ConversationIdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ChatConversationChange))]
    public sealed class RemoveChatConversationCommand : ConversationCmdlet
    {
        private bool _yesToAll;
        private bool _noToAll;

        /// <summary>Also delete the conversation's roaming (cloud) message history: ClearRamble 1. Cannot be undone.</summary>
        [Parameter]
        public SwitchParameter ClearHistory { get; set; }

        /// <summary>Skips the extra confirmation of -ClearHistory. Does not override -WhatIf or -Confirm.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Writes a ChatConversationChange for each deleted conversation.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            string action = ClearHistory ? "Delete conversation and its message history" : "Delete conversation";
            foreach (ConversationKey key in ApprovedConversations(action))
            {
                string target = ConversationInput.Describe(Account, key);
                if (ClearHistory && !Force && !ShouldContinue(
                        $"Deleting {target} with -ClearHistory also deletes its message history on the server. This cannot be undone.",
                        "Delete message history?", ref _yesToAll, ref _noToAll))
                    continue;
                try
                {
                    var change = Await(ct => ConversationDeletion.DeleteAsync(ActiveSession, Account, key, ClearHistory, Log, ct));
                    WriteChanges(new[] { change }, PassThru);
                }
                catch (ChatApiException e)
                {
                    // delete has no per-item result: Tencent's answer for the one conversation is the item's result, and the
                    // error targets the change as it does for the batch writes, so the target can be piped back to retry.
                    var failed = ChatConversationChange.For(Account, key, ChatConversationActions.Delete);
                    failed.ResultCode = e.ErrorCode;
                    failed.ResultInfo = e.ErrorInfo;
                    WriteItemError(e, failed);
                }
                catch (ChatAdminException e)
                {
                    WriteItemError(e, target);
                }
            }
        }
    }
}
