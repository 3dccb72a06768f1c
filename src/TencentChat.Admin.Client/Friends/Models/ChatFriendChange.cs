namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// What a relationship write did to one pair: Account's friend (or blocked user) Friend. Result is Added,
    /// AlreadyFriend, Pending (30539: the target confirms friend requests; not a failure), Imported, Updated, Deleted,
    /// Blocked, AlreadyBlocked or Unblocked. A failed pair becomes an error whose TargetObject is this object with Result
    /// Failed, ResultCode and ResultInfo; Account and Friend bind the relationship cmdlets again, so
    /// <c>$err.TargetObject | Add-ChatFriend</c> retries exactly the failed ones.
    /// </summary>
    public sealed class ChatFriendChange
    {
        public string Account { get; set; } = string.Empty;

        public string Friend { get; set; } = string.Empty;

        /// <summary>Add, Import, Update, Delete, Block or Unblock.</summary>
        public string Action { get; set; } = string.Empty;

        public string Result { get; set; } = string.Empty;

        /// <summary>Tencent's per-item ResultCode (0 = ok; 30520, 30539, 31307 are outcomes, not failures), or the request's ErrorCode when it failed as a whole.</summary>
        public int ResultCode { get; set; }

        public string ResultInfo { get; set; } = string.Empty;

        /// <summary>Why the pair failed, for the cmdlet's error record; internal, so it never renders or exports.</summary>
        internal Errors.ChatAdminException? Failure { get; set; }

        public override string ToString() => Account + " -> " + Friend;
    }

    /// <summary>The values of <see cref="ChatFriendChange.Result"/>.</summary>
    public static class ChatFriendResults
    {
        public const string Added = "Added";
        public const string AlreadyFriend = "AlreadyFriend";
        public const string Pending = "Pending";
        public const string Imported = "Imported";
        public const string Updated = "Updated";
        public const string Deleted = "Deleted";
        public const string Blocked = "Blocked";
        public const string AlreadyBlocked = "AlreadyBlocked";
        public const string Unblocked = "Unblocked";
        public const string Failed = "Failed";
    }
}
