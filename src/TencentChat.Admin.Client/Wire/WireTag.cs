using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TencentChat.Admin.Client.Wire
{
    /// <summary>
    /// One {Tag, Value} pair, the shape the profile (ProfileItem) and relationship (ValueItem, SnsItem, CustomItem) commands
    /// carry their data in. The JSON type of Value depends on the tag: a string, an unsigned integer or (only
    /// Tag_SNS_IM_Group) an array of strings, so it is kept as the JSON it was and each family reads it per tag.
    /// </summary>
    internal sealed class WireTag
    {
        [JsonPropertyName("Tag")] public string? Tag { get; set; }
        [JsonPropertyName("Value")] public JsonElement Value { get; set; }

        public static WireTag Text(string tag, string value) => new WireTag { Tag = tag, Value = Json(w => w.WriteStringValue(value)) };

        public static WireTag Number(string tag, ulong value) => new WireTag { Tag = tag, Value = Json(w => w.WriteNumberValue(value)) };

        public static WireTag Texts(string tag, System.Collections.Generic.IEnumerable<string> values) => new WireTag
        {
            Tag = tag,
            Value = Json(w =>
            {
                w.WriteStartArray();
                foreach (string value in values) w.WriteStringValue(value);
                w.WriteEndArray();
            }),
        };

        /// <summary>The value as text: a string as it is, a number in invariant digits; null for anything else.</summary>
        public string? AsText() => Value.ValueKind switch
        {
            JsonValueKind.String => Value.GetString(),
            JsonValueKind.Number => Value.GetRawText(),
            _ => null,
        };

        /// <summary>
        /// The value as an unsigned number: a JSON number, or a string of digits (some SDKs read BirthDay as a string, so
        /// a server might send one); null for anything else.
        /// </summary>
        public ulong? AsNumber()
        {
            if (Value.ValueKind == JsonValueKind.Number && Value.TryGetUInt64(out ulong number)) return number;
            if (Value.ValueKind == JsonValueKind.String && ulong.TryParse(Value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number))
                return number;
            return null;
        }

        private static JsonElement Json(System.Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream)) write(writer);
            using var document = JsonDocument.Parse(stream.ToArray());
            return document.RootElement.Clone();
        }
    }
}
