namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// What a member write (Add-, Remove-, Set-ChatGroupMember) did for one member of one group, one per member in input
    /// order. A failed member is written as a non-terminating error whose TargetObject is this object (Result Failed,
    /// ResultCode, ResultInfo); its GroupId and Account bind the same cmdlet again, so
    /// <c>$err.TargetObject | Add-ChatGroupMember</c> retries exactly the failed ones.
    /// </summary>
    public sealed class ChatGroupMemberChange
    {
        public string GroupId { get; set; } = string.Empty;

        public string Account { get; set; } = string.Empty;

        public ChatGroupMemberResult Result { get; set; }

        /// <summary>Tencent's code (0 = ok): the request's ErrorCode when it failed as a whole.</summary>
        public int ResultCode { get; set; }

        public string ResultInfo { get; set; } = string.Empty;

        /// <summary>Why the member failed, for the cmdlet's error record; internal, so it never renders or exports.</summary>
        internal Errors.ChatAdminException? Failure { get; set; }

        public override string ToString() => GroupId + "/" + Account;
    }

    /// <summary>
    /// What a group write (Set-ChatGroup, Remove-ChatGroup, Set-ChatGroupOwner) did to one group. A failure is written as
    /// an error whose TargetObject is this object; its GroupId binds the same cmdlet again.
    /// </summary>
    public sealed class ChatGroupChange
    {
        public string GroupId { get; set; } = string.Empty;

        /// <summary>Modify, Remove or ChangeOwner.</summary>
        public string Action { get; set; } = string.Empty;

        public bool Succeeded { get; set; }

        public int ResultCode { get; set; }

        public string ResultInfo { get; set; } = string.Empty;

        internal Errors.ChatAdminException? Failure { get; set; }

        public override string ToString() => GroupId;
    }
}
