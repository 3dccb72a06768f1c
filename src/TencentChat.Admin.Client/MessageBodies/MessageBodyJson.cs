using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TencentChat.Admin.Client.MessageBodies
{
    /// <summary>
    /// The one text form of body JSON the module writes: compact, properties and number text as received, and
    /// characters written as themselves rather than \u escapes, so the same body reads the same whichever way the
    /// server escaped it, a Chinese text stays readable in a CSV cell, and its size is its UTF-8 size.
    /// </summary>
    internal static class MessageBodyJson
    {
        // Relaxed: this text goes into request bodies, CSV cells and the console, never into HTML.
        private static readonly JsonWriterOptions Options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private static readonly JsonDocumentOptions ReadOptions = new JsonDocumentOptions { MaxDepth = 64 };

        public static byte[] Utf8(JsonElement element) => Write(element.WriteTo);

        public static string Text(JsonElement element) =>
            element.ValueKind == JsonValueKind.Undefined ? string.Empty : Encoding.UTF8.GetString(Utf8(element));

        public static byte[] Write(Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, Options))
                write(writer);
            return stream.ToArray();
        }

        /// <summary>JSON that <paramref name="write"/> writes, as an element that outlives its document.</summary>
        public static JsonElement Build(Action<Utf8JsonWriter> write)
        {
            using var document = JsonDocument.Parse(Write(write));
            return document.RootElement.Clone();
        }

        /// <summary>Parses <paramref name="json"/>; a JsonException names the line and position of the fault.</summary>
        public static JsonElement Parse(string json)
        {
            using var document = JsonDocument.Parse(json, ReadOptions);
            return document.RootElement.Clone();
        }
    }
}
