namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// friend_check's answer for one pair. Relation is Tencent's value without its prefix: NoRelation, AWithB (Friend is
    /// in Account's friend table), BWithA (Account is in Friend's) or BothWay; a one-way check (without -Both) only
    /// answers NoRelation or AWithB, and its NoRelation says nothing about Friend's side.
    /// </summary>
    public sealed class ChatFriendRelation
    {
        public string Account { get; set; } = string.Empty;
        public string Friend { get; set; } = string.Empty;
        public string Relation { get; set; } = string.Empty;

        internal Errors.ChatAdminException? Failure { get; set; }

        public override string ToString() => Account + " -> " + Friend;
    }

    /// <summary>
    /// black_list_check's answer for one pair. Relation is Tencent's value without its prefix: NO (sic, Tencent's
    /// spelling), AWithB (User is on Account's blocklist), BWithA (Account is on User's) or BothWay.
    /// </summary>
    public sealed class ChatBlockRelation
    {
        public string Account { get; set; } = string.Empty;
        public string User { get; set; } = string.Empty;
        public string Relation { get; set; } = string.Empty;

        internal Errors.ChatAdminException? Failure { get; set; }

        public override string ToString() => Account + " -> " + User;
    }
}
