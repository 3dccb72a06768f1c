using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Groups.Wire
{
    /// <summary>get_appid_group_list request (group spec §3.1): Next is an unsigned 64-bit cursor (32-bit parsing overflows).</summary>
    internal sealed class GetAppIdGroupListRequest
    {
        public const int MaxLimit = 10000;

        [JsonPropertyName("Limit")] public int? Limit { get; set; }
        [JsonPropertyName("Next")] public ulong? Next { get; set; }
        [JsonPropertyName("GroupType")] public string? GroupType { get; set; }
    }

    internal sealed class GetAppIdGroupListResponse : WireEnvelope
    {
        [JsonPropertyName("TotalCount")] public long? TotalCount { get; set; }
        [JsonPropertyName("GroupIdList")] public WireGroupIdItem[]? GroupIdList { get; set; }
        [JsonPropertyName("Next")] public ulong? Next { get; set; }
    }

    internal sealed class WireGroupIdItem
    {
        [JsonPropertyName("GroupId")] public string? GroupId { get; set; }
    }

    /// <summary>A custom field of a group or member (spec §2.7): Key and Value, capitalised (unlike group attributes).</summary>
    internal sealed class WireKeyValue
    {
        [JsonPropertyName("Key")] public string? Key { get; set; }
        [JsonPropertyName("Value")] public string? Value { get; set; }
    }

    /// <summary>create_group request (§3.2); import_group (§3.6) is the same without MemberList, plus CreateTime.</summary>
    internal class CreateGroupRequest
    {
        /// <summary>MemberList per call: 100 (2024-2026 pages; 500 in 2019, spec §6.3).</summary>
        public const int MaxMembers = 100;

        [JsonPropertyName("Owner_Account")] public string? OwnerAccount { get; set; }
        [JsonPropertyName("Type")] public string Type { get; set; } = string.Empty;
        [JsonPropertyName("GroupId")] public string? GroupId { get; set; }
        [JsonPropertyName("Name")] public string Name { get; set; } = string.Empty;
        [JsonPropertyName("Introduction")] public string? Introduction { get; set; }
        [JsonPropertyName("Notification")] public string? Notification { get; set; }
        [JsonPropertyName("FaceUrl")] public string? FaceUrl { get; set; }
        [JsonPropertyName("MaxMemberCount")] public int? MaxMemberCount { get; set; }
        [JsonPropertyName("ApplyJoinOption")] public string? ApplyJoinOption { get; set; }
        [JsonPropertyName("InviteJoinOption")] public string? InviteJoinOption { get; set; }
        [JsonPropertyName("AppDefinedData")] public WireKeyValue[]? AppDefinedData { get; set; }
        [JsonPropertyName("MemberList")] public WireNewMember[]? MemberList { get; set; }
    }

    internal sealed class WireNewMember
    {
        [JsonPropertyName("Member_Account")] public string MemberAccount { get; set; } = string.Empty;
        /// <summary>Only Admin may be given (spec §2.4); absent = Member.</summary>
        [JsonPropertyName("Role")] public string? Role { get; set; }
        [JsonPropertyName("AppMemberDefinedData")] public WireKeyValue[]? AppMemberDefinedData { get; set; }
    }

    internal sealed class CreateGroupResponse : WireEnvelope
    {
        [JsonPropertyName("GroupId")] public string? GroupId { get; set; }
    }

    /// <summary>get_group_info request (§3.3): at most 50 GroupIds; with a ResponseFilter, unnamed fields are omitted.</summary>
    internal sealed class GetGroupInfoRequest
    {
        public const int MaxItems = 50;

        [JsonPropertyName("GroupIdList")] public string[] GroupIdList { get; set; } = new string[0];
        [JsonPropertyName("ResponseFilter")] public WireGroupInfoFilter? ResponseFilter { get; set; }
    }

    internal sealed class WireGroupInfoFilter
    {
        [JsonPropertyName("GroupBaseInfoFilter")] public string[]? GroupBaseInfoFilter { get; set; }
        [JsonPropertyName("MemberInfoFilter")] public string[]? MemberInfoFilter { get; set; }
        [JsonPropertyName("SelfInfoFilter")] public string[]? SelfInfoFilter { get; set; }
    }

    internal sealed class GetGroupInfoResponse : WireEnvelope
    {
        [JsonPropertyName("GroupInfo")] public WireGroupInfo[]? GroupInfo { get; set; }
    }

    /// <summary>
    /// A group's profile as get_group_info (§3.3) and get_joined_group_list (§3.14) answer it. Per-group ErrorCode and
    /// ErrorInfo (get_group_info's envelope "means nothing" for single groups). MuteAllMember has the legacy name
    /// ShutUpAllMember, and get_joined_group_list's 2019 sample says MemberCount for MemberNum: both are read.
    /// </summary>
    internal class WireGroupInfo
    {
        [JsonPropertyName("GroupId")] public string? GroupId { get; set; }
        [JsonPropertyName("ErrorCode")] public int? ErrorCode { get; set; }
        [JsonPropertyName("ErrorInfo")] public string? ErrorInfo { get; set; }
        [JsonPropertyName("Type")] public string? Type { get; set; }
        [JsonPropertyName("Name")] public string? Name { get; set; }
        [JsonPropertyName("Introduction")] public string? Introduction { get; set; }
        [JsonPropertyName("Notification")] public string? Notification { get; set; }
        [JsonPropertyName("FaceUrl")] public string? FaceUrl { get; set; }
        [JsonPropertyName("Owner_Account")] public string? OwnerAccount { get; set; }
        [JsonPropertyName("CreateTime")] public long? CreateTime { get; set; }
        [JsonPropertyName("InfoSeq")] public long? InfoSeq { get; set; }
        [JsonPropertyName("LastInfoTime")] public long? LastInfoTime { get; set; }
        [JsonPropertyName("LastMsgTime")] public long? LastMsgTime { get; set; }
        [JsonPropertyName("NextMsgSeq")] public long? NextMsgSeq { get; set; }
        [JsonPropertyName("MemberNum")] public int? MemberNum { get; set; }
        [JsonPropertyName("MemberCount")] public int? MemberCount { get; set; }
        [JsonPropertyName("MaxMemberNum")] public int? MaxMemberNum { get; set; }
        [JsonPropertyName("ApplyJoinOption")] public string? ApplyJoinOption { get; set; }
        [JsonPropertyName("InviteJoinOption")] public string? InviteJoinOption { get; set; }
        [JsonPropertyName("MuteAllMember")] public string? MuteAllMember { get; set; }
        [JsonPropertyName("ShutUpAllMember")] public string? ShutUpAllMember { get; set; }
        [JsonPropertyName("AppDefinedData")] public WireKeyValue[]? AppDefinedData { get; set; }
    }

    /// <summary>modify_group_base_info request (§3.4): only the fields given are changed; MaxMemberNum, not MaxMemberCount.</summary>
    internal sealed class ModifyGroupBaseInfoRequest
    {
        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("Name")] public string? Name { get; set; }
        [JsonPropertyName("Introduction")] public string? Introduction { get; set; }
        [JsonPropertyName("Notification")] public string? Notification { get; set; }
        [JsonPropertyName("FaceUrl")] public string? FaceUrl { get; set; }
        [JsonPropertyName("MaxMemberNum")] public int? MaxMemberNum { get; set; }
        [JsonPropertyName("ApplyJoinOption")] public string? ApplyJoinOption { get; set; }
        [JsonPropertyName("InviteJoinOption")] public string? InviteJoinOption { get; set; }
        [JsonPropertyName("MuteAllMember")] public string? MuteAllMember { get; set; }
        [JsonPropertyName("AppDefinedData")] public WireKeyValue[]? AppDefinedData { get; set; }
    }

    /// <summary>The request of a command that names one group and nothing else: destroy_group, get_group_muted_account.</summary>
    internal sealed class GroupIdRequest
    {
        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
    }

    internal sealed class ChangeGroupOwnerRequest
    {
        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("NewOwner_Account")] public string NewOwnerAccount { get; set; } = string.Empty;
    }

    /// <summary>get_joined_group_list request (§3.14), paged by Offset; WithHugeGroups 1 includes AVChatRoom.</summary>
    internal sealed class GetJoinedGroupListRequest
    {
        public const int MaxLimit = 5000;

        [JsonPropertyName("Member_Account")] public string MemberAccount { get; set; } = string.Empty;
        [JsonPropertyName("Limit")] public int? Limit { get; set; }
        [JsonPropertyName("Offset")] public int? Offset { get; set; }
        [JsonPropertyName("GroupType")] public string? GroupType { get; set; }
        [JsonPropertyName("WithHugeGroups")] public int? WithHugeGroups { get; set; }
        [JsonPropertyName("WithNoActiveGroups")] public int? WithNoActiveGroups { get; set; }
        [JsonPropertyName("ResponseFilter")] public WireGroupInfoFilter? ResponseFilter { get; set; }
    }

    internal sealed class GetJoinedGroupListResponse : WireEnvelope
    {
        [JsonPropertyName("TotalCount")] public long? TotalCount { get; set; }
        [JsonPropertyName("GroupIdList")] public WireJoinedGroup[]? GroupIdList { get; set; }
    }

    internal sealed class WireJoinedGroup : WireGroupInfo
    {
        [JsonPropertyName("SelfInfo")] public WireSelfInfo? SelfInfo { get; set; }
    }

    internal sealed class WireSelfInfo
    {
        [JsonPropertyName("Role")] public string? Role { get; set; }
        [JsonPropertyName("JoinTime")] public long? JoinTime { get; set; }
        [JsonPropertyName("MsgFlag")] public string? MsgFlag { get; set; }
        [JsonPropertyName("MsgSeq")] public long? MsgSeq { get; set; }
        [JsonPropertyName("UnreadMsgNum")] public long? UnreadMsgNum { get; set; }
    }
}
