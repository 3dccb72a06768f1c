using TencentChat.Admin.Client.Errors;
namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// What Set-ChatConversation did to one conversation: the state it now has and the changes that took it there.
    /// Succeeded items are written with -PassThru; a failed item is a non-terminating error whose TargetObject is this
    /// object, and Account, ConversationId, Marks, CustomMark, ContactGroupNames and IsPinned bind Set-ChatConversation again, so
    /// piping it back retries exactly what is missing.
    /// </summary>
    public sealed class ChatConversationUpdate
    {
        public string Account { get; set; } = string.Empty;
        public string ConversationId { get; set; } = string.Empty;
        public ChatConversationType Type { get; set; }
        public string? PeerAccount { get; set; }
        public string? GroupId { get; set; }

        /// <summary>
        /// The standard marks the conversation is to have: as asked, or as read when the input left them as they were.
        /// Null only when they were neither given nor could be read, so that piping the object back leaves them alone.
        /// </summary>
        public ChatValueList<string>? Marks { get; set; }

        /// <summary>The custom mark the conversation is to have ("" for none), as <see cref="Marks"/>.</summary>
        public string? CustomMark { get; set; }

        /// <summary>The conversation groups the conversation is to be in, as <see cref="Marks"/>.</summary>
        public ChatValueList<string>? ContactGroupNames { get; set; }

        /// <summary>
        /// Whether the conversation is to be pinned: as asked, or as read when the input left it. Null when it was neither
        /// given nor read (the account's pinned set is read only when some conversation of the batch gives IsPinned), so
        /// that piping the object back leaves the pin alone.
        /// </summary>
        public bool? IsPinned { get; set; }

        /// <summary>Standard marks that were (or, with -WhatIf, would be) set.</summary>
        public ChatValueList<string> SetMarks { get; set; } = ChatValueList<string>.Empty;

        public ChatValueList<string> ClearMarks { get; set; } = ChatValueList<string>.Empty;

        /// <summary>True when the custom mark was replaced with <see cref="CustomMark"/>.</summary>
        public bool CustomMarkChanged { get; set; }

        /// <summary>Conversation groups the conversation was added to; a group the user did not have was created.</summary>
        public ChatValueList<string> AddedToContactGroups { get; set; } = ChatValueList<string>.Empty;

        public ChatValueList<string> RemovedFromContactGroups { get; set; } = ChatValueList<string>.Empty;

        /// <summary>True when the conversation was pinned or unpinned to match <see cref="IsPinned"/>.</summary>
        public bool PinChanged { get; set; }

        /// <summary>False when the conversation already was as asked and nothing was sent for it.</summary>
        public bool Changed { get; set; }

        public bool Succeeded { get; set; }

        /// <summary>Tencent's code for the first write that failed (0 = ok, or a failure of the module's own).</summary>
        public int ResultCode { get; set; }

        /// <summary>What failed, or why nothing was sent.</summary>
        public string ResultInfo { get; set; } = string.Empty;

        /// <summary>Why the update failed, for the cmdlet's error record; internal, so it never renders or exports.</summary>
        internal Errors.ChatAdminException? Failure { get; set; }

        /// <summary>The prompt and error target text: "c2c_user_0002 of user_0001".</summary>
        public override string ToString() => ConversationId + " of " + Account;
    }
}
