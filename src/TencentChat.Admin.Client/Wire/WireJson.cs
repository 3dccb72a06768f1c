using System;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TencentChat.Admin.Client.Wire
{
    /// <summary>
    /// Serializer metadata for request and response bodies, generated at compile time (<see cref="WireJsonContext"/>)
    /// so that no reflection-based converter is built at run time and each body is read in one pass. Every wire
    /// name is spelled out with [JsonPropertyName] on the DTOs in this folder (get_list's items, in
    /// <see cref="SessionItemConverter"/>): the API mixes casings (TimeStamp/Timestamp, ToGroupid/ToGroupId/GroupId)
    /// and golden tests pin each one against the spec's samples.
    /// </summary>
    internal static class WireJson
    {
        /// <summary>The generated metadata of a wire DTO; every DTO is listed on <see cref="WireJsonContext"/>.</summary>
        public static JsonTypeInfo<T> TypeInfo<T>() => Metadata<T>.Value;

        private static class Metadata<T>
        {
            public static readonly JsonTypeInfo<T> Value = WireJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
                ?? throw new InvalidOperationException($"{typeof(T).Name} is not listed on {nameof(WireJsonContext)}.");
        }
    }

    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
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
    [JsonSerializable(typeof(MultiAccountImportRequest))]
    [JsonSerializable(typeof(MultiAccountImportResponse))]
    [JsonSerializable(typeof(AccountDeleteRequest))]
    [JsonSerializable(typeof(AccountCheckRequest))]
    [JsonSerializable(typeof(AccountResultResponse))]
    [JsonSerializable(typeof(KickRequest))]
    [JsonSerializable(typeof(QueryOnlineStatusRequest))]
    [JsonSerializable(typeof(QueryOnlineStatusResponse))]
    internal sealed partial class WireJsonContext : JsonSerializerContext
    {
    }
}
