using System;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TencentChat.Admin.Client.Wire
{
    /// <summary>
    /// Serializer metadata for request and response bodies, generated at compile time by each family's
    /// JsonSerializerContext (e.g. Conversations/Wire/ConversationJsonContext.cs) so that no reflection-based converter is
    /// built at run time and each body is read in one pass. Every wire name is spelled out with [JsonPropertyName] on the
    /// DTOs: the API mixes casings (TimeStamp/Timestamp, ToGroupid/ToGroupId/GroupId) and golden tests pin each one
    /// against the spec's samples. Every family context uses <see cref="Options"/>.
    /// </summary>
    internal static class WireJson
    {
        /// <summary>The options every family's context is generated with: a null field is left out of a request.</summary>
        public const JsonIgnoreCondition Options = JsonIgnoreCondition.WhenWritingNull;

        /// <summary>
        /// The generated metadata of a wire DTO from the context of the command's family. A DTO belongs to one family (or is
        /// a core envelope any family may list), so the first lookup is kept for every later one.
        /// </summary>
        public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerContext context) =>
            Metadata<T>.Value ??= context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
                ?? throw new InvalidOperationException($"{typeof(T).Name} is not listed on {context.GetType().Name}.");

        private static class Metadata<T>
        {
            public static JsonTypeInfo<T>? Value;
        }
    }
}
