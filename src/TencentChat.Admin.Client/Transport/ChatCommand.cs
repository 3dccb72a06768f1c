namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// An API command (v4/&lt;service&gt;/&lt;name&gt;), the most calls per second Tencent documents for it, and whether a failure whose outcome is unknown (timeout, reset, 5xx, 50004,
    /// 50005, 70169, 70500) may be retried. Reads may; so may mark_contact, whose set/clear/replace semantics
    /// make a repeat land in the same state. Other writes are retried only when the request provably was not
    /// processed (not sent, throttled, UserSig refused), because a repeated create or update could duplicate
    /// a group or turn a success into a confusing "already exists" or "not found".
    /// </summary>
    public sealed class ChatCommand
    {
        private const string RecentContact = "recentcontact";
        private const string Accounts = "im_open_login_svc";
        private const string OpenIm = "openim";

        /// <summary>The documented rate of most commands, and the session's default -RateLimit.</summary>
        public const int StandardRatePerSecond = 200;

        private ChatCommand(string name, bool retryWhenOutcomeUnknown, string service = RecentContact, int documentedRate = StandardRatePerSecond)
        {
            Name = name;
            RetryWhenOutcomeUnknown = retryWhenOutcomeUnknown;
            Path = "v4/" + service + "/" + name;
            DocumentedRatePerSecond = documentedRate;
        }

        /// <summary>The command's name, e.g. get_list: what statistics, logs and errors call it.</summary>
        public string Name { get; }
        public bool RetryWhenOutcomeUnknown { get; }

        /// <summary>The request path below the API's base URI, e.g. v4/openim/query_online_status.</summary>
        public string Path { get; }

        /// <summary>
        /// Tencent's documented frequency limit for this command, per app: 200/s for most, 100/s for the account batch
        /// commands. The session's rate limit never lets a command go faster than this (see SlidingWindowRateLimiter).
        /// </summary>
        public int DocumentedRatePerSecond { get; }

        public static readonly ChatCommand GetList = new ChatCommand("get_list", true);
        public static readonly ChatCommand Delete = new ChatCommand("delete", false);
        public static readonly ChatCommand CreateContactGroup = new ChatCommand("create_contact_group", false);
        public static readonly ChatCommand UpdateContactGroup = new ChatCommand("update_contact_group", false);
        public static readonly ChatCommand DeleteContactGroup = new ChatCommand("del_contact_group", false);
        public static readonly ChatCommand MarkContact = new ChatCommand("mark_contact", true);
        public static readonly ChatCommand SearchContactGroup = new ChatCommand("search_contact_group", true);
        public static readonly ChatCommand GetContactGroup = new ChatCommand("get_contact_group", true);

        // Account family (account-api §1). Import overwrites with the same values and kick only invalidates again, so a
        // repeat lands in the same state; a repeated account_delete would report 70107 for an account it did delete.
        public static readonly ChatCommand MultiAccountImport = new ChatCommand("multiaccount_import", true, Accounts, 100);
        public static readonly ChatCommand AccountDelete = new ChatCommand("account_delete", false, Accounts, 100);
        public static readonly ChatCommand AccountCheck = new ChatCommand("account_check", true, Accounts, 100);
        public static readonly ChatCommand Kick = new ChatCommand("kick", true, Accounts);
        public static readonly ChatCommand QueryOnlineStatus = new ChatCommand("query_online_status", true, OpenIm);

        public override string ToString() => Name;
    }
}
