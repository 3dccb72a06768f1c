using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Groups.Wire
{
    /// <summary>
    /// The wire messages of the group family's message, recall and migration commands (GroupMessageMessages.cs; see
    /// <see cref="WireJson"/>). A context of their own, beside the group and member one (GroupJsonContext): the commands
    /// that send them name it in GroupCommands.
    /// </summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = WireJson.Options)]
    [JsonSerializable(typeof(SendGroupMsgRequest))]
    [JsonSerializable(typeof(SendGroupMsgResponse))]
    [JsonSerializable(typeof(SendGroupSystemNotificationRequest))]
    [JsonSerializable(typeof(GroupMsgGetSimpleRequest))]
    [JsonSerializable(typeof(GroupMsgGetSimpleResponse))]
    [JsonSerializable(typeof(GroupMsgRecallRequest))]
    [JsonSerializable(typeof(GroupMsgRecallResponse))]
    [JsonSerializable(typeof(DeleteGroupMsgBySenderRequest))]
    [JsonSerializable(typeof(ImportGroupRequest))]
    [JsonSerializable(typeof(ImportGroupResponse))]
    [JsonSerializable(typeof(ImportGroupMemberRequest))]
    [JsonSerializable(typeof(MemberResultResponse))]
    [JsonSerializable(typeof(ImportGroupMsgRequest))]
    [JsonSerializable(typeof(ImportGroupMsgResponse))]
    [JsonSerializable(typeof(EnvelopeOnlyResponse))]
    internal sealed partial class GroupMessageJsonContext : JsonSerializerContext
    {
    }
}
