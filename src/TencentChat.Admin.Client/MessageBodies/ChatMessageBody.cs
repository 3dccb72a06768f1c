using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.MessageBodies
{
    /// <summary>
    /// A message's MsgBody (spec §4.1): its elements in display order, and its exact JSON. A body read from an answer
    /// is written back byte for byte as <see cref="Json"/> shows it (unknown element types and fields included), so a
    /// history read, exported to CSV and imported elsewhere keeps every element. Wire DTOs of one-to-one and group
    /// messages carry it as their MsgBody property; <see cref="MessageBodyConverter"/> reads and writes it.
    /// </summary>
    [JsonConverter(typeof(MessageBodyConverter))]
    public sealed class ChatMessageBody
    {
        private readonly JsonElement _body;
        private IReadOnlyList<ChatMessageElement>? _elements;
        private byte[]? _utf8;
        private string? _json;

        private ChatMessageBody(JsonElement body) => _body = body;

        private ChatMessageBody(JsonElement body, IReadOnlyList<ChatMessageElement> elements) : this(body) => _elements = elements;

        /// <summary>
        /// The elements, typed; an element of an unknown type is a <see cref="ChatUnknownElement"/>. Read on first use, so a
        /// listing that never looks at them does not build them.
        /// </summary>
        public IReadOnlyList<ChatMessageElement> Elements => _elements ??= ReadElements(_body);

        /// <summary>The body's JSON, compact, with characters as themselves (no \u escapes): what a CSV's MsgBodyJson column holds.</summary>
        public string Json => _json ??= Encoding.UTF8.GetString(Utf8);

        /// <summary>The text elements' texts joined without a separator (as Tencent joins them for push text); empty when there are none.</summary>
        public string Text
        {
            get
            {
                string? only = null;
                StringBuilder? joined = null;
                foreach (ChatMessageElement element in Elements)
                {
                    if (!(element is ChatTextElement { Text: { } text })) continue;
                    if (only == null) only = text;
                    else (joined ??= new StringBuilder(only)).Append(text);
                }
                return joined?.ToString() ?? only ?? string.Empty;
            }
        }

        /// <summary>The size the body counts toward the message size limit: its UTF-8 JSON without \u escapes.</summary>
        public int ByteCount => Utf8.Length;

        internal byte[] Utf8 => _utf8 ??= MessageBodyJson.Utf8(_body);

        public override string ToString() => Json;

        /// <summary>A body of one text element, as -Text alone makes.</summary>
        public static ChatMessageBody FromText(string text) => FromElements(new ChatMessageElement[] { new ChatTextElement(text) });

        /// <summary>A body of <paramref name="elements"/> (e.g. another message's Elements), each written as it was read.</summary>
        public static ChatMessageBody FromElements(IEnumerable<ChatMessageElement> elements)
        {
            var list = elements.ToList();
            if (list.Count == 0)
                throw new ChatInputException("InvalidMsgBody", "The message body has no elements; give -Text, or at least one element.");
            JsonElement body = MessageBodyJson.Build(writer =>
            {
                writer.WriteStartArray();
                foreach (ChatMessageElement element in list) element.Element.WriteTo(writer);
                writer.WriteEndArray();
            });
            return new ChatMessageBody(body, list);
        }

        /// <summary>
        /// A body the user gave as JSON (-MsgBody, a CSV's MsgBodyJson cell): a non-empty array of objects, each with a
        /// MsgType string and a MsgContent object. Anything else is refused (InvalidMsgBody) before a request is sent;
        /// an element of an unknown MsgType is accepted and sent as given.
        /// </summary>
        public static ChatMessageBody Parse(string? json, object? target = null)
        {
            if (string.IsNullOrWhiteSpace(json))
                throw new ChatInputException("InvalidMsgBody", "The message body is empty; give -Text, or -MsgBody as a JSON array of elements.", target);
            JsonElement body;
            try
            {
                body = MessageBodyJson.Parse(json!);
            }
            catch (JsonException e)
            {
                throw new ChatInputException("InvalidMsgBody", "The message body is not valid JSON (" + e.Message + "): " + InputEcho.Quote(json), target);
            }
            if (body.ValueKind != JsonValueKind.Array)
                throw new ChatInputException("InvalidMsgBody",
                    "The message body must be a JSON array of elements like [{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]; got " + InputEcho.Quote(json), target);
            int index = 0;
            foreach (JsonElement element in body.EnumerateArray())
            {
                string? problem = element.ValueKind != JsonValueKind.Object ? "is not an object"
                    : string.IsNullOrEmpty(ChatMessageElement.TypeOf(element)) ? "has no MsgType string"
                    : !element.TryGetProperty("MsgContent", out JsonElement content) || content.ValueKind != JsonValueKind.Object ? "has no MsgContent object"
                    : null;
                if (problem != null)
                    throw new ChatInputException("InvalidMsgBody", string.Format(CultureInfo.InvariantCulture,
                        "Element {0} of the message body {1}: {2}", index, problem, InputEcho.Quote(MessageBodyJson.Text(element))), target);
                index++;
            }
            if (index == 0)
                throw new ChatInputException("InvalidMsgBody", "The message body has no elements; give -Text, or at least one element.", target);
            return new ChatMessageBody(body);
        }

        /// <summary>A body as an answer holds it, kept whatever its shape: reading never refuses or drops what the server stored.</summary>
        internal static ChatMessageBody Read(JsonElement body) => new ChatMessageBody(body);

        private static IReadOnlyList<ChatMessageElement> ReadElements(JsonElement body)
        {
            if (body.ValueKind != JsonValueKind.Array) return Array.Empty<ChatMessageElement>();
            var elements = new List<ChatMessageElement>(body.GetArrayLength());
            foreach (JsonElement element in body.EnumerateArray())
                elements.Add(ChatMessageElement.From(element));
            return elements;
        }
    }

    /// <summary>Reads a MsgBody as it is and writes it back as <see cref="ChatMessageBody.Json"/>, unchanged.</summary>
    internal sealed class MessageBodyConverter : JsonConverter<ChatMessageBody>
    {
        public override ChatMessageBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ChatMessageBody.Read(JsonElement.ParseValue(ref reader));

        public override void Write(Utf8JsonWriter writer, ChatMessageBody value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Utf8, skipInputValidation: true);
    }
}
