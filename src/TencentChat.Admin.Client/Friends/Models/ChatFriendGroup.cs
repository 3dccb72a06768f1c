namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One of a user's friend lists (group_get): Tencent calls them "groups" (Tag_SNS_IM_Group), but they only sort the
    /// user's friends; they are not group chats. Friends are the friends in the list.
    /// </summary>
    public sealed class ChatFriendGroup
    {
        public string Account { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public ChatValueList<string> Friends { get; set; } = ChatValueList<string>.Empty;

        public override string ToString() => Account + ": " + Name;
    }
}
