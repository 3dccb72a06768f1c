using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Profiles.Wire
{
    /// <summary>The profile family's wire messages (see <see cref="WireJson"/>).</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = WireJson.Options)]
    [JsonSerializable(typeof(PortraitGetRequest))]
    [JsonSerializable(typeof(PortraitGetResponse))]
    [JsonSerializable(typeof(PortraitSetRequest))]
    [JsonSerializable(typeof(EnvelopeOnlyResponse))]
    internal sealed partial class ProfileJsonContext : JsonSerializerContext
    {
    }
}
