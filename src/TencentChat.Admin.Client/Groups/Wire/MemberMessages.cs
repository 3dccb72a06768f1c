using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Groups.Wire
{
    /// <summary>
    /// get_group_member_info request (group spec §3.7): non-Community groups page by Offset, Communities by the string
    /// cursor Next ("" first; Offset not supported), §2.8.
    /// </summary>
    internal sealed class GetGroupMemberInfoRequest
    {
        /// <summary>Members per page: 200 (2025 CN page, which advises 100; 6000 and 10000 in older texts, spec §6.3).</summary>
        public const int MaxLimit = 200;

        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("Limit")] public int? Limit { get; set; }
        [JsonPropertyName("Offset")] public int? Offset { get; set; }
        [JsonPropertyName("Next")] public string? Next { get; set; }
        [JsonPropertyName("MemberRoleFilter")] public string[]? MemberRoleFilter { get; set; }
    }

    internal sealed class GetGroupMemberInfoResponse : WireEnvelope
    {
        [JsonPropertyName("MemberNum")] public int? MemberNum { get; set; }
        [JsonPropertyName("MemberList")] public WireMember[]? MemberList { get; set; }
        [JsonPropertyName("Next")] public string? Next { get; set; }
    }

    /// <summary>A member as §3.7 answers it; MuteUntil has the legacy name ShutUpUntil (both read; 0 = not muted).</summary>
    internal sealed class WireMember
    {
        [JsonPropertyName("Member_Account")] public string? MemberAccount { get; set; }
        [JsonPropertyName("Role")] public string? Role { get; set; }
        [JsonPropertyName("JoinTime")] public long? JoinTime { get; set; }
        [JsonPropertyName("MsgSeq")] public long? MsgSeq { get; set; }
        [JsonPropertyName("MsgFlag")] public string? MsgFlag { get; set; }
        [JsonPropertyName("LastSendMsgTime")] public long? LastSendMsgTime { get; set; }
        [JsonPropertyName("MuteUntil")] public long? MuteUntil { get; set; }
        [JsonPropertyName("ShutUpUntil")] public long? ShutUpUntil { get; set; }
        [JsonPropertyName("NameCard")] public string? NameCard { get; set; }
        [JsonPropertyName("AppMemberDefinedData")] public WireKeyValue[]? AppMemberDefinedData { get; set; }
    }

    /// <summary>get_specified_group_member_info request (§3.8): at most 50 named members.</summary>
    internal sealed class GetSpecifiedGroupMemberInfoRequest
    {
        public const int MaxItems = 50;

        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("Member_List_Account")] public string[] MemberListAccount { get; set; } = new string[0];
    }

    internal sealed class GetSpecifiedGroupMemberInfoResponse : WireEnvelope
    {
        [JsonPropertyName("GroupId")] public string? GroupId { get; set; }
        [JsonPropertyName("MemberList")] public WireMember[]? MemberList { get; set; }
    }

    /// <summary>add_group_member request (§3.9): Silence 1 = no system notice.</summary>
    internal sealed class AddGroupMemberRequest
    {
        /// <summary>Members per call: the newest documented maximum, 20 (CN 2026-02; 300 and 500 in older pages, spec §6.3).</summary>
        public const int MaxItems = 20;

        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("Silence")] public int? Silence { get; set; }
        [JsonPropertyName("MemberList")] public WireMemberAccount[] MemberList { get; set; } = new WireMemberAccount[0];
    }

    internal sealed class WireMemberAccount
    {
        [JsonPropertyName("Member_Account")] public string MemberAccount { get; set; } = string.Empty;
    }

    /// <summary>add_group_member's and import_group_member's answer: Result 0 failed, 1 added, 2 already a member, 3 pending.</summary>
    internal sealed class MemberResultResponse : WireEnvelope
    {
        [JsonPropertyName("MemberList")] public WireMemberResult[]? MemberList { get; set; }
    }

    internal sealed class WireMemberResult
    {
        [JsonPropertyName("Member_Account")] public string? MemberAccount { get; set; }
        [JsonPropertyName("Result")] public int? Result { get; set; }
    }

    /// <summary>delete_group_member request (§3.10): at most 100 (500 in 2019); non-members are still OK.</summary>
    internal sealed class DeleteGroupMemberRequest
    {
        public const int MaxItems = 100;

        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("Silence")] public int? Silence { get; set; }
        [JsonPropertyName("Reason")] public string? Reason { get; set; }
        [JsonPropertyName("MemberToDel_Account")] public string[] MemberToDelAccount { get; set; } = new string[0];
    }

    /// <summary>modify_group_member_info request (§3.11): one member; MuteTime in seconds, 0 unmutes (legacy ShutUpTime).</summary>
    internal sealed class ModifyGroupMemberInfoRequest
    {
        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("Member_Account")] public string MemberAccount { get; set; } = string.Empty;
        [JsonPropertyName("Role")] public string? Role { get; set; }
        [JsonPropertyName("MsgFlag")] public string? MsgFlag { get; set; }
        [JsonPropertyName("NameCard")] public string? NameCard { get; set; }
        [JsonPropertyName("MuteTime")] public uint? MuteTime { get; set; }
        [JsonPropertyName("AppMemberDefinedData")] public WireKeyValue[]? AppMemberDefinedData { get; set; }
    }

    /// <summary>forbid_send_msg request (§3.17): at most 500 members; MuteTime seconds, 0 unmutes, 4294967295 permanent.</summary>
    internal sealed class ForbidSendMsgRequest
    {
        public const int MaxItems = 500;

        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("Members_Account")] public string[] MembersAccount { get; set; } = new string[0];
        [JsonPropertyName("MuteTime")] public uint MuteTime { get; set; }
    }

    /// <summary>get_group_muted_account's answer (§3.18), also under its legacy names ShuttedUinList/ShuttedUntil.</summary>
    internal sealed class GetGroupMutedAccountResponse : WireEnvelope
    {
        [JsonPropertyName("GroupId")] public string? GroupId { get; set; }
        [JsonPropertyName("MutedAccountList")] public WireMutedAccount[]? MutedAccountList { get; set; }
        [JsonPropertyName("ShuttedUinList")] public WireMutedAccount[]? ShuttedUinList { get; set; }
    }

    internal sealed class WireMutedAccount
    {
        [JsonPropertyName("Member_Account")] public string? MemberAccount { get; set; }
        [JsonPropertyName("MutedUntil")] public long? MutedUntil { get; set; }
        [JsonPropertyName("ShuttedUntil")] public long? ShuttedUntil { get; set; }
    }
}
