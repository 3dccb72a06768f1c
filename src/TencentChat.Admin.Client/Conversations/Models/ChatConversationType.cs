namespace TencentChat.Admin.Client.Models
{
    /// <summary>Conversation type (spec §3.9); the values are the wire values.</summary>
    public enum ChatConversationType
    {
        C2C = 1,
        Group = 2,
    }
}
