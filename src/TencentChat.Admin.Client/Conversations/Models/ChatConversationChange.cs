namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// What a write did to one conversation. Succeeded items are written with -PassThru; failed items become
    /// non-terminating errors whose TargetObject is this object with Succeeded false, ResultCode and ResultInfo.
    /// Account and ConversationId bind the conversation cmdlets again, so a result can be searched or retried.
    /// </summary>
    public sealed class ChatConversationChange : IConversationOutcome
    {
        public string Account { get; set; } = string.Empty;
        public string ConversationId { get; set; } = string.Empty;
        public ChatConversationType Type { get; set; }
        public string? PeerAccount { get; set; }
        public string? GroupId { get; set; }

        /// <summary>Delete, AddToContactGroup, RemoveFromContactGroup, Mark, Pin or Unpin.</summary>
        public string Action { get; set; } = string.Empty;

        /// <summary>The conversation group the change was about, for the member actions.</summary>
        public string? ContactGroupName { get; set; }

        public bool Succeeded { get; set; }

        /// <summary>Tencent's per-item ResultCode (0 = ok); for delete, which has no per-item result, the envelope's 0.</summary>
        public int ResultCode { get; set; }

        public string ResultInfo { get; set; } = string.Empty;

        /// <summary>Why the item failed, for the cmdlet's error record; internal, so it never renders or exports.</summary>
        internal Errors.ChatAdminException? Failure { get; set; }

        Errors.ChatAdminException? IConversationOutcome.Failure => Failure;

        /// <summary>A failure of the whole request: Tencent's ErrorCode becomes the item's ResultCode.</summary>
        void IConversationOutcome.Fail(Errors.ChatAdminException failure)
        {
            Succeeded = false;
            (ResultCode, ResultInfo) = failure.ItemResult;
            Failure = failure;
        }

        /// <summary>The prompt and error target text: "c2c_user_0002 of user_0001".</summary>
        public override string ToString() => ConversationId + " of " + Account;

        internal static ChatConversationChange For(string account, ConversationKey key, string action, string? contactGroupName = null) => new ChatConversationChange
        {
            Account = account,
            ConversationId = key.ConversationId,
            Type = key.Type,
            PeerAccount = key.PeerAccount,
            GroupId = key.GroupId,
            Action = action,
            ContactGroupName = contactGroupName,
        };
    }

    /// <summary>The values of <see cref="ChatConversationChange.Action"/>.</summary>
    public static class ChatConversationActions
    {
        public const string Delete = "Delete";
        public const string AddToContactGroup = "AddToContactGroup";
        public const string RemoveFromContactGroup = "RemoveFromContactGroup";
        public const string Mark = "Mark";
        public const string Pin = "Pin";
        public const string Unpin = "Unpin";
    }
}
