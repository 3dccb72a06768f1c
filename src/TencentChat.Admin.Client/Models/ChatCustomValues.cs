using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// Custom tag values (custom profile tags, custom friend fields) by keyword, in keyword order. Its text form is JSON, so a CSV cell of it (CustomJson) reads back
    /// with <see cref="Parse"/> into the same values.
    /// </summary>
    public sealed class ChatCustomValues : ReadOnlyDictionary<string, string>
    {
        public ChatCustomValues(IDictionary<string, string> values) : base(new SortedDictionary<string, string>(values, StringComparer.Ordinal)) { }

        public static ChatCustomValues Empty { get; } = new ChatCustomValues(new Dictionary<string, string>());

        /// <summary>The JSON text of the values, or empty when there are none (an empty CSV cell).</summary>
        public override string ToString() => Count == 0 ? string.Empty : CustomValuesJson.Format(this);

        /// <summary>
        /// The values of <paramref name="json"/>, a JSON object of strings (numbers are taken as their text); empty text is
        /// none. Anything else is refused with InvalidCustomJson, naming <paramref name="what"/>.
        /// </summary>
        public static ChatCustomValues Parse(string? json, string what = "CustomJson") => CustomValuesJson.Parse(json, what);
    }

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
