using System;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// A group chat's profile as get_group_info answers it (group spec §3.3), written by Get-ChatGroup and New-ChatGroup.
    /// Plain properties, so Export-Csv writes it as it is and Import-Csv rows bind Set-ChatGroup and the member cmdlets
    /// by GroupId. Times are UTC, each with an ISO 8601 twin (the CSV column to sort and read back). With
    /// Get-ChatGroup -Account, Role and JoinTime are that user's in the group; with -IdOnly only GroupId is set.
    /// </summary>
    public sealed class ChatGroup
    {
        public string GroupId { get; set; } = string.Empty;

        /// <summary>The REST type name: Private (Work), Public, ChatRoom (Meeting), AVChatRoom or Community; null with -IdOnly.</summary>
        public ChatGroupType? Type { get; set; }

        public string? Name { get; set; }

        /// <summary>The owner's UserID (Owner_Account); empty for a group without owner.</summary>
        public string? Owner { get; set; }

        /// <summary>MemberNum; null for an AVChatRoom, which Tencent gives no count for.</summary>
        public int? MemberCount { get; set; }

        /// <summary>MaxMemberNum: the member cap.</summary>
        public int? MaxMemberCount { get; set; }

        public DateTimeOffset? CreateTime { get; set; }

        public string? CreateTimeIso => IsoTime.Of(CreateTime);

        /// <summary>LastMsgTime; empty when the group has no message yet.</summary>
        public DateTimeOffset? LastMessageTime { get; set; }

        public string? LastMessageTimeIso => IsoTime.Of(LastMessageTime);

        /// <summary>When the profile last changed.</summary>
        public DateTimeOffset? LastInfoTime { get; set; }

        public string? LastInfoTimeIso => IsoTime.Of(LastInfoTime);

        /// <summary>The seq the next message will get (1 for a group without messages).</summary>
        public long? NextMsgSeq { get; set; }

        /// <summary>FreeAccess, NeedPermission or DisableApply.</summary>
        public string? ApplyJoinOption { get; set; }

        /// <summary>FreeAccess, NeedPermission or DisableInvite; empty for an AVChatRoom.</summary>
        public string? InviteJoinOption { get; set; }

        /// <summary>MuteAllMember On: only the owner and admins may speak.</summary>
        public bool? MuteAll { get; set; }

        public string? Introduction { get; set; }

        public string? Notification { get; set; }

        public string? FaceUrl { get; set; }

        /// <summary>The group's custom fields as Key=Value items (a CSV cell joins them with ';').</summary>
        public ChatValueList<string> AppDefinedData { get; set; } = ChatValueList<string>.Empty;

        /// <summary>With Get-ChatGroup -Account: that user's role in the group.</summary>
        public ChatGroupRole? Role { get; set; }

        /// <summary>With Get-ChatGroup -Account: when that user joined.</summary>
        public DateTimeOffset? JoinTime { get; set; }

        public string? JoinTimeIso => IsoTime.Of(JoinTime);

        /// <summary>The prompt and error target text: the GroupId.</summary>
        public override string ToString() => GroupId;
    }
}
