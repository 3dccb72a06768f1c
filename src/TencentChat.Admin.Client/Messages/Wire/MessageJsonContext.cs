using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Messages.Wire
{
    /// <summary>The one-to-one message family's wire messages (see <see cref="WireJson"/>).</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = WireJson.Options)]
    [JsonSerializable(typeof(SendRequest))]
    [JsonSerializable(typeof(BatchSendRequest))]
    [JsonSerializable(typeof(SendResponse))]
    [JsonSerializable(typeof(ImportRequest))]
    [JsonSerializable(typeof(GetRoamRequest))]
    [JsonSerializable(typeof(GetRoamResponse))]
    [JsonSerializable(typeof(MessageKeyRequest))]
    [JsonSerializable(typeof(SetReadRequest))]
    [JsonSerializable(typeof(UnreadRequest))]
    [JsonSerializable(typeof(UnreadResponse))]
    [JsonSerializable(typeof(EnvelopeOnlyResponse))]
    [JsonSerializable(typeof(HistoryRequest))]
    [JsonSerializable(typeof(HistoryResponse))]
    internal sealed partial class MessageJsonContext : JsonSerializerContext
    {
    }
}
