using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Friends.Wire
{
    /// <summary>The relationship family's wire messages (see <see cref="WireJson"/>).</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = WireJson.Options)]
    [JsonSerializable(typeof(FriendAddRequest))]
    [JsonSerializable(typeof(FriendImportRequest))]
    [JsonSerializable(typeof(FriendUpdateRequest))]
    [JsonSerializable(typeof(TargetsRequest))]
    [JsonSerializable(typeof(FriendDeleteAllRequest))]
    [JsonSerializable(typeof(ResultItemResponse))]
    [JsonSerializable(typeof(FriendCheckResponse))]
    [JsonSerializable(typeof(BlackListCheckResponse))]
    [JsonSerializable(typeof(FriendGetRequest))]
    [JsonSerializable(typeof(FriendGetResponse))]
    [JsonSerializable(typeof(BlackListGetRequest))]
    [JsonSerializable(typeof(BlackListGetResponse))]
    [JsonSerializable(typeof(FriendListRequest))]
    [JsonSerializable(typeof(FriendListResponse))]
    [JsonSerializable(typeof(EnvelopeOnlyResponse))]
    internal sealed partial class FriendJsonContext : JsonSerializerContext
    {
    }
}
