namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One account's login status (query_online_status): Online (a live connection on some device), PushOnline (a
    /// mobile app in the background, still reached by offline push) or Offline. Platforms is filled with -Detail and
    /// renders as <c>iPhone=PushOnline;Web=Online</c> in Export-Csv.
    /// </summary>
    public sealed class ChatOnlineStatus
    {
        public string UserId { get; set; } = string.Empty;

        /// <summary>Online, PushOnline or Offline, as Tencent sends it.</summary>
        public string Status { get; set; } = string.Empty;

        /// <summary>Per-device status; empty without -Detail, and for an Offline account.</summary>
        public ChatValueList<ChatPlatformStatus> Platforms { get; set; } = ChatValueList<ChatPlatformStatus>.Empty;

        /// <summary>Why the query of this account failed, for the cmdlet's error record; internal, so it never renders or exports.</summary>
        internal Errors.ChatAdminException? Failure { get; set; }

        public override string ToString() => UserId;
    }

    /// <summary>The status of one of an account's platforms: Platform is Tencent's opaque name (iPhone, Android, Web, PC, iPad, Mac).</summary>
    public sealed class ChatPlatformStatus
    {
        public string Platform { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;

        public override string ToString() => Platform + "=" + Status;
    }
}
