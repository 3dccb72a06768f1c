namespace TencentChat.Admin.Client.Models
{
    /// <summary>A user's unread one-to-one messages: in all conversations (Peer empty), or in the one with Peer.</summary>
    public sealed class ChatUnreadCount
    {
        public string Account { get; set; } = string.Empty;

        /// <summary>The other side; empty for the total over all one-to-one conversations.</summary>
        public string Peer { get; set; } = string.Empty;

        public long UnreadCount { get; set; }

        public override string ToString() => Account + (Peer.Length == 0 ? string.Empty : " ← " + Peer) + ": " + UnreadCount;
    }
}
