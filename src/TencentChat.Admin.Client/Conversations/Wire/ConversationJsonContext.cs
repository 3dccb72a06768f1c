using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Conversations.Wire
{
    /// <summary>The conversation family's wire messages (see <see cref="WireJson"/>).</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = WireJson.Options)]
    [JsonSerializable(typeof(GetListRequest))]
    [JsonSerializable(typeof(GetListResponse))]
    [JsonSerializable(typeof(DeleteRequest))]
    [JsonSerializable(typeof(EnvelopeOnlyResponse))]
    [JsonSerializable(typeof(CreateContactGroupRequest))]
    [JsonSerializable(typeof(CreateContactGroupResponse))]
    [JsonSerializable(typeof(UpdateContactGroupRequest))]
    [JsonSerializable(typeof(UpdateContactGroupResponse))]
    [JsonSerializable(typeof(DelContactGroupRequest))]
    [JsonSerializable(typeof(DelContactGroupResponse))]
    [JsonSerializable(typeof(MarkContactRequest))]
    [JsonSerializable(typeof(MarkContactResponse))]
    [JsonSerializable(typeof(SearchContactGroupRequest))]
    [JsonSerializable(typeof(SearchContactGroupResponse))]
    [JsonSerializable(typeof(GetContactGroupRequest))]
    [JsonSerializable(typeof(GetContactGroupResponse))]
    [JsonSerializable(typeof(TopRequest))]
    internal sealed partial class ConversationJsonContext : JsonSerializerContext
    {
    }
}
