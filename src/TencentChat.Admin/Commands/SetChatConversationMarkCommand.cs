using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Operations;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Sets and clears standard marks (by name — Star, Unread, Fold, Hide, App32…App63 — or bit number 0–63) and/or
    /// sets the custom mark of conversations (mark_contact). Conversations come from the pipeline; they are sent
    /// 100 per request per owner account, each asked about with ShouldProcess first. A conversation Tencent
    /// refuses is written as an error; -PassThru writes the ones that succeeded.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ChatConversationMark", DefaultParameterSetName = ConversationIdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatConversationChange))]
    public sealed class SetChatConversationMarkCommand : ConversationCmdlet
    {
        private readonly ConversationBatches _batches;
        private ConversationMarkChange? _change;

        public SetChatConversationMarkCommand() => _batches = new ConversationBatches(ConversationMarking.MaxItemsPerRequest, Mark);

        /// <summary>Standard marks to set: Star, Unread, Fold, Hide, App32…App63, or bit numbers 0–63.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Set { get; set; }

        /// <summary>Standard marks to clear, named as for -Set.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Clear { get; set; }

        /// <summary>The custom mark (at most 256 bytes of UTF-8); it replaces the previous one. "" sends an empty one.</summary>
        [Parameter]
        [AllowEmptyString]
        public string? CustomMark { get; set; }

        /// <summary>Writes a ChatConversationChange for each conversation that was marked.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Begin()
        {
            try
            {
                _change = ConversationMarkChange.Create(Set, Clear, CustomMark);
            }
            catch (ChatInputException e)
            {
                ThrowTerminatingError(ErrorRecords.From(e));
            }
        }

        protected override void Process() => _batches.Add(Account, ApprovedConversations(_change!.ToString()));

        protected override void End() => _batches.Flush();

        private void Mark(AccountBatch<ConversationKey> batch)
        {
            try
            {
                WriteChanges(Await(ct => ConversationMarking.MarkAsync(ActiveSession, batch.Account, batch.Items, _change!, Log, ct)), PassThru);
            }
            catch (ChatAdminException e)
            {
                WriteItemError(e, batch.Account);
            }
        }
    }
}
