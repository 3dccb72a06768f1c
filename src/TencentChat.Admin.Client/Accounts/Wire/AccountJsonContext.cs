using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Accounts.Wire
{
    /// <summary>The account family's wire messages (see <see cref="WireJson"/>).</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = WireJson.Options)]
    [JsonSerializable(typeof(MultiAccountImportRequest))]
    [JsonSerializable(typeof(MultiAccountImportResponse))]
    [JsonSerializable(typeof(AccountDeleteRequest))]
    [JsonSerializable(typeof(AccountCheckRequest))]
    [JsonSerializable(typeof(AccountResultResponse))]
    [JsonSerializable(typeof(KickRequest))]
    [JsonSerializable(typeof(QueryOnlineStatusRequest))]
    [JsonSerializable(typeof(QueryOnlineStatusResponse))]
    [JsonSerializable(typeof(EnvelopeOnlyResponse))]
    internal sealed partial class AccountJsonContext : JsonSerializerContext
    {
    }
}
