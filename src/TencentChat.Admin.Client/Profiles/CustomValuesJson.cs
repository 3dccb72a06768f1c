using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Profiles
{
    /// <summary>The JSON text of <see cref="ChatCustomValues"/>: one object, keyword to string, written without \u escapes for readable cells.</summary>
    internal static class CustomValuesJson
    {
        private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static string Format(IEnumerable<KeyValuePair<string, string>> values)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, WriterOptions))
            {
                writer.WriteStartObject();
                foreach (var pair in values) writer.WriteString(pair.Key, pair.Value);
                writer.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        public static ChatCustomValues Parse(string? json, string what)
        {
            if (string.IsNullOrWhiteSpace(json)) return ChatCustomValues.Empty;
            var values = new Dictionary<string, string>(System.StringComparer.Ordinal);
            try
            {
                using var document = JsonDocument.Parse(json!);
                if (document.RootElement.ValueKind != JsonValueKind.Object) throw Invalid(json!, what);
                foreach (JsonProperty property in document.RootElement.EnumerateObject())
                {
                    values[property.Name] = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString()!,
                        JsonValueKind.Number => property.Value.GetRawText(),
                        _ => throw Invalid(json!, what),
                    };
                }
            }
            catch (JsonException)
            {
                throw Invalid(json!, what);
            }
            return new ChatCustomValues(values);
        }

        private static ChatInputException Invalid(string json, string what) =>
            new ChatInputException("InvalidCustomJson", $"{what} {InputEcho.Quote(json)} is not a JSON object of keyword and text, such as {{\"Test\":\"value\"}}.");
    }
}
