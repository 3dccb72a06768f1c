using System;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One member of a group chat (get_group_member_info, group spec §3.7), written by Get-ChatGroupMember. GroupId and
    /// Account bind the member cmdlets again (Set-, Remove-ChatGroupMember), directly or through Import-Csv.
    /// </summary>
    public sealed class ChatGroupMember
    {
        public string GroupId { get; set; } = string.Empty;

        /// <summary>The member's UserID (Member_Account).</summary>
        public string Account { get; set; } = string.Empty;

        public ChatGroupRole? Role { get; set; }

        public DateTimeOffset? JoinTime { get; set; }

        public string? JoinTimeIso => IsoTime.Of(JoinTime);

        public string? NameCard { get; set; }

        /// <summary>MsgFlag: AcceptAndNotify, AcceptNotNotify (no push) or Discard.</summary>
        public string? MessageFlag { get; set; }

        /// <summary>When the member's mute ends (MuteUntil); empty when not muted.</summary>
        public DateTimeOffset? MutedUntil { get; set; }

        public string? MutedUntilIso => IsoTime.Of(MutedUntil);

        /// <summary>When the member last sent a message (LastSendMsgTime); empty when never.</summary>
        public DateTimeOffset? LastSendTime { get; set; }

        public string? LastSendTimeIso => IsoTime.Of(LastSendTime);

        /// <summary>The member's custom fields as Key=Value items (a CSV cell joins them with ';').</summary>
        public ChatValueList<string> AppMemberDefinedData { get; set; } = ChatValueList<string>.Empty;

        public override string ToString() => GroupId + "/" + Account;
    }
}
