using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Groups.Wire
{
    /// <summary>The group family's wire messages for groups and members (see <see cref="WireJson"/>).</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = WireJson.Options)]
    [JsonSerializable(typeof(GetAppIdGroupListRequest))]
    [JsonSerializable(typeof(GetAppIdGroupListResponse))]
    [JsonSerializable(typeof(CreateGroupRequest))]
    [JsonSerializable(typeof(CreateGroupResponse))]
    [JsonSerializable(typeof(GetGroupInfoRequest))]
    [JsonSerializable(typeof(GetGroupInfoResponse))]
    [JsonSerializable(typeof(ModifyGroupBaseInfoRequest))]
    [JsonSerializable(typeof(GroupIdRequest))]
    [JsonSerializable(typeof(ChangeGroupOwnerRequest))]
    [JsonSerializable(typeof(GetJoinedGroupListRequest))]
    [JsonSerializable(typeof(GetJoinedGroupListResponse))]
    [JsonSerializable(typeof(GetGroupMemberInfoRequest))]
    [JsonSerializable(typeof(GetGroupMemberInfoResponse))]
    [JsonSerializable(typeof(GetSpecifiedGroupMemberInfoRequest))]
    [JsonSerializable(typeof(GetSpecifiedGroupMemberInfoResponse))]
    [JsonSerializable(typeof(AddGroupMemberRequest))]
    [JsonSerializable(typeof(MemberResultResponse))]
    [JsonSerializable(typeof(DeleteGroupMemberRequest))]
    [JsonSerializable(typeof(ModifyGroupMemberInfoRequest))]
    [JsonSerializable(typeof(ForbidSendMsgRequest))]
    [JsonSerializable(typeof(GetGroupMutedAccountResponse))]
    [JsonSerializable(typeof(EnvelopeOnlyResponse))]
    internal sealed partial class GroupJsonContext : JsonSerializerContext
    {
    }
}
