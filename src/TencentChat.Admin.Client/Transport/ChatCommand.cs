namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// A v4/recentcontact command and whether a failure whose outcome is unknown (timeout, reset, 5xx, 50004,
    /// 50005, 70169, 70500) may be retried. Reads may; so may mark_contact, whose set/clear/replace semantics
    /// make a repeat land in the same state. Other writes are retried only when the request provably was not
    /// processed (not sent, throttled, UserSig refused), because a repeated create or update could duplicate
    /// a group or turn a success into a confusing "already exists" or "not found".
    /// </summary>
    public sealed class ChatCommand
    {
        private ChatCommand(string name, bool retryWhenOutcomeUnknown)
        {
            Name = name;
            RetryWhenOutcomeUnknown = retryWhenOutcomeUnknown;
        }

        public string Name { get; }
        public bool RetryWhenOutcomeUnknown { get; }

        public static readonly ChatCommand GetList = new ChatCommand("get_list", true);
        public static readonly ChatCommand Delete = new ChatCommand("delete", false);
        public static readonly ChatCommand CreateContactGroup = new ChatCommand("create_contact_group", false);
        public static readonly ChatCommand UpdateContactGroup = new ChatCommand("update_contact_group", false);
        public static readonly ChatCommand DeleteContactGroup = new ChatCommand("del_contact_group", false);
        public static readonly ChatCommand MarkContact = new ChatCommand("mark_contact", true);
        public static readonly ChatCommand SearchContactGroup = new ChatCommand("search_contact_group", true);
        public static readonly ChatCommand GetContactGroup = new ChatCommand("get_contact_group", true);

        public override string ToString() => Name;
    }
}
