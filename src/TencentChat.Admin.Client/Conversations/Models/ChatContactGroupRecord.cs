using System;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// A conversation's conversation-group and mark data (search_contact_group and get_contact_group items).
    /// Shares the identity properties of <see cref="ChatConversation"/> so both bind the same parameters.
    /// </summary>
    public sealed class ChatContactGroupRecord : IConversationOutcome
    {
        public string Account { get; set; } = string.Empty;
        public string ConversationId { get; set; } = string.Empty;
        public ChatConversationType Type { get; set; }
        public string? PeerAccount { get; set; }
        public string? GroupId { get; set; }

        /// <summary>
        /// False when Tencent returned no group or mark data for a conversation that was asked about; the record
        /// is still written, so a search never drops an input row.
        /// </summary>
        public bool Found { get; set; }

        public string StandardMark { get; set; } = string.Empty;
        public ChatValueList<string> Marks { get; set; } = ChatValueList<string>.Empty;
        /// <summary>Empty when the conversation has none, never null (see <see cref="ChatConversation.CustomMark"/>).</summary>
        public string CustomMark { get; set; } = string.Empty;
        public ChatValueList<int> ContactGroupIds { get; set; } = ChatValueList<int>.Empty;
        public ChatValueList<string> ContactGroupNames { get; set; } = ChatValueList<string>.Empty;

        /// <summary>When the group/mark data last changed (Timestamp), UTC.</summary>
        public DateTimeOffset? LastUpdateTime { get; set; }

        /// <summary>LastUpdateTime as ISO 8601 UTC text (2026-03-04T06:17:00Z), the same under every culture: the CSV column to sort and read back.</summary>
        public string? LastUpdateTimeIso => IsoTime.Of(LastUpdateTime);

        /// <summary>
        /// Why the conversation could not be looked up (the record then has Found false and is the error's target, whose
        /// Account and ConversationId search again); internal, so it never renders or exports.
        /// </summary>
        internal Errors.ChatAdminException? Failure { get; set; }

        Errors.ChatAdminException? IConversationOutcome.Failure => Failure;

        void IConversationOutcome.Fail(Errors.ChatAdminException failure) => Failure = failure;

        public override string ToString() => Account + " → " + ConversationId;
    }
}
