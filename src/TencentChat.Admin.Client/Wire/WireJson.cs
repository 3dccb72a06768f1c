using System.Text.Json;
using System.Text.Json.Serialization;

namespace TencentChat.Admin.Client.Wire
{
    /// <summary>
    /// Serializer settings for request and response bodies. Every wire name is spelled out with
    /// [JsonPropertyName] on the DTOs in this folder: the API mixes casings (TimeStamp/Timestamp,
    /// ToGroupid/ToGroupId/GroupId) and golden tests pin each one against the spec's samples.
    /// </summary>
    internal static class WireJson
    {
        public static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
        };
    }
}
