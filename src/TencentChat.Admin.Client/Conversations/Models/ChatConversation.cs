using System;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One entry of a user's conversation list (get_list SessionItem). Scalar properties plus ';'-joined lists,
    /// so Export-Csv writes it without reshaping; Account and ConversationId bind the other cmdlets' parameters.
    /// </summary>
    public sealed class ChatConversation
    {
        /// <summary>The owner: whose conversation list this entry is in.</summary>
        public string Account { get; set; } = string.Empty;

        /// <summary>The client SDK's id: c2c_&lt;PeerAccount&gt; or group_&lt;GroupId&gt;.</summary>
        public string ConversationId { get; set; } = string.Empty;

        public ChatConversationType Type { get; set; }

        /// <summary>The other user, for C2C conversations.</summary>
        public string? PeerAccount { get; set; }

        /// <summary>The group chat's id, for group conversations.</summary>
        public string? GroupId { get; set; }

        public bool IsPinned { get; set; }

        /// <summary>MsgTime as UTC; empty for a conversation with no messages.</summary>
        public DateTimeOffset? LastMessageTime { get; set; }

        /// <summary>LastMessageTime as ISO 8601 UTC text (2026-03-04T06:17:00Z), the same under every culture: the CSV column to sort and read back.</summary>
        public string? LastMessageTimeIso => IsoTime.Of(LastMessageTime);

        /// <summary>The raw mark bit string as Tencent returns it (rightmost = bit 0).</summary>
        public string StandardMark { get; set; } = string.Empty;

        /// <summary>Names of the set mark bits: Star, Unread, Fold, Hide, App32…App63.</summary>
        public ChatValueList<string> Marks { get; set; } = ChatValueList<string>.Empty;

        /// <summary>The custom mark; empty when the conversation has none (Tencent omits it then), never null, so null can mean "not given" to Set-ChatConversation.</summary>
        public string CustomMark { get; set; } = string.Empty;

        public ChatValueList<int> ContactGroupIds { get; set; } = ChatValueList<int>.Empty;

        /// <summary>Names of the conversation groups, resolved from the same response.</summary>
        public ChatValueList<string> ContactGroupNames { get; set; } = ChatValueList<string>.Empty;

        public override string ToString() => Account + " → " + ConversationId;
    }
}
