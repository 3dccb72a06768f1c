using System.Text.Json.Serialization;

namespace TencentChat.Admin.Client.Wire
{
    /// <summary>
    /// The envelope alone, for answers no family describes: a raw call reads its ErrorCode in one pass and hands the rest of
    /// the answer on as JSON (see <see cref="WireJson"/>).
    /// </summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = WireJson.Options)]
    [JsonSerializable(typeof(EnvelopeOnlyResponse))]
    internal sealed partial class EnvelopeJsonContext : JsonSerializerContext
    {
    }
}
