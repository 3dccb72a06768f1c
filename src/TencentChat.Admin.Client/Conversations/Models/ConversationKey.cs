using System;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// A conversation as seen from its owner: type plus peer account or group id. Its text form is the client
    /// SDK's conversation id, "c2c_&lt;user&gt;" or "group_&lt;groupId&gt;", which is what admins copy around and
    /// what CSV files carry.
    /// </summary>
    public readonly struct ConversationKey : IEquatable<ConversationKey>
    {
        private const string C2CPrefix = "c2c_";
        private const string GroupPrefix = "group_";

        public ConversationKey(ChatConversationType type, string peer)
        {
            if (string.IsNullOrEmpty(peer))
                throw new ChatInputException("InvalidConversation", "A conversation needs a peer account or group id.", peer);
            if (type != ChatConversationType.C2C && type != ChatConversationType.Group)
                throw new ChatInputException("InvalidConversation", $"Conversation type {(int)type} is not 1 (C2C) or 2 (Group).", type);
            Type = type;
            Peer = peer;
        }

        public ChatConversationType Type { get; }

        /// <summary>Peer UserID for C2C, group id for group conversations.</summary>
        public string Peer { get; }

        public string ConversationId => (Type == ChatConversationType.C2C ? C2CPrefix : GroupPrefix) + Peer;

        /// <summary>The peer for C2C conversations, else null: the PeerAccount property of the output objects.</summary>
        public string? PeerAccount => Type == ChatConversationType.C2C ? Peer : null;

        /// <summary>The group chat's id for group conversations, else null: the GroupId property of the output objects.</summary>
        public string? GroupId => Type == ChatConversationType.Group ? Peer : null;

        public static ConversationKey ForPeer(string account) => new ConversationKey(ChatConversationType.C2C, account);
        public static ConversationKey ForGroup(string groupId) => new ConversationKey(ChatConversationType.Group, groupId);

        /// <summary>
        /// Parses "c2c_x" or "group_x" (prefix case-insensitive, peer kept verbatim); the peer must pass the check of its
        /// kind (<see cref="AccountIds"/>, <see cref="GroupIds"/>), so a broken, padded or over-long id is never sent.
        /// </summary>
        public static ConversationKey Parse(string? conversationId)
        {
            try
            {
                if (conversationId != null)
                {
                    if (conversationId.StartsWith(C2CPrefix, StringComparison.OrdinalIgnoreCase) && conversationId.Length > C2CPrefix.Length)
                        return ForPeer(AccountIds.Validate(conversationId.Substring(C2CPrefix.Length), "peer account"));
                    if (conversationId.StartsWith(GroupPrefix, StringComparison.OrdinalIgnoreCase) && conversationId.Length > GroupPrefix.Length)
                        return ForGroup(GroupIds.Validate(conversationId.Substring(GroupPrefix.Length)));
                }
            }
            catch (ChatInputException e)
            {
                throw new ChatInputException("InvalidConversationId", $"The conversation id is not valid: {e.Message}", conversationId);
            }
            throw new ChatInputException("InvalidConversationId",
                $"{InputEcho.Quote(conversationId)} is not a conversation id; expected 'c2c_<UserID>' or 'group_<GroupId>', as in Get-ChatConversation's ConversationId.",
                conversationId);
        }

        public bool Equals(ConversationKey other) => Type == other.Type && string.Equals(Peer, other.Peer, StringComparison.Ordinal);
        public override bool Equals(object? obj) => obj is ConversationKey other && Equals(other);
        public override int GetHashCode() => ((int)Type * 397) ^ (Peer?.GetHashCode() ?? 0);
        public override string ToString() => ConversationId;
    }
}
