using System;
using System.Collections.Generic;
using System.Text.Json;
using TencentChat.Admin.Client.MessageBodies;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One element of a message body (spec §4.1): its MsgType and typed MsgContent fields. Every element keeps the JSON
    /// it was read from and is written back from that JSON, so fields the module does not model (a newer SDK's, or a
    /// relay's nested messages), their order and their number text survive a read and a re-send unchanged. The typed
    /// properties are read from it with Tencent's exact casing (URL on images, Url on sounds and files, Download_Flag),
    /// and are null where the field is absent or of another type. The element types are those of one-to-one and group
    /// messages alike.
    /// </summary>
    public abstract class ChatMessageElement
    {
        private readonly JsonElement _element;
        private string? _json;

        private protected ChatMessageElement(JsonElement element)
        {
            _element = element;
            Content = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("MsgContent", out JsonElement content)
                && content.ValueKind == JsonValueKind.Object ? content : default;
        }

        /// <summary>The element's MsgType, e.g. TIMTextElem; empty when the element had none.</summary>
        public string MsgType => TypeOf(_element) ?? string.Empty;

        /// <summary>The element's JSON, as <see cref="ChatMessageBody.Json"/> writes it.</summary>
        public string Json => _json ??= MessageBodyJson.Text(_element);

        /// <summary>The element's MsgContent object, or an undefined element when it had none.</summary>
        private protected JsonElement Content { get; }

        internal JsonElement Element => _element;

        public override string ToString() => MsgType;

        private protected string? StringField(string name) =>
            Content.ValueKind == JsonValueKind.Object && Content.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
                ? value.GetString() : null;

        private protected long? IntegerField(string name) =>
            Content.ValueKind == JsonValueKind.Object && Content.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number
                && value.TryGetInt64(out long number) ? number : (long?)null;

        private protected double? NumberField(string name) =>
            Content.ValueKind == JsonValueKind.Object && Content.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number
                ? value.GetDouble() : (double?)null;

        private protected JsonElement Field(string name) =>
            Content.ValueKind == JsonValueKind.Object && Content.TryGetProperty(name, out JsonElement value) ? value : default;

        internal static string? TypeOf(JsonElement element) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty("MsgType", out JsonElement type) && type.ValueKind == JsonValueKind.String
                ? type.GetString() : null;

        /// <summary>The typed element for <paramref name="element"/>; an element of a type the module does not know is kept as <see cref="ChatUnknownElement"/>, never dropped.</summary>
        internal static ChatMessageElement From(JsonElement element)
        {
            switch (TypeOf(element))
            {
                case ChatTextElement.Type: return new ChatTextElement(element);
                case ChatLocationElement.Type: return new ChatLocationElement(element);
                case ChatFaceElement.Type: return new ChatFaceElement(element);
                case ChatCustomElement.Type: return new ChatCustomElement(element);
                case ChatSoundElement.Type: return new ChatSoundElement(element);
                case ChatImageElement.Type: return new ChatImageElement(element);
                case ChatFileElement.Type: return new ChatFileElement(element);
                case ChatVideoElement.Type: return new ChatVideoElement(element);
                case ChatRelayElement.Type: return new ChatRelayElement(element);
                default: return new ChatUnknownElement(element);
            }
        }

        /// <summary>A new element's JSON: {"MsgType":type,"MsgContent":{...}} with the fields <paramref name="content"/> writes.</summary>
        private protected static JsonElement Build(string type, Action<Utf8JsonWriter> content) =>
            MessageBodyJson.Build(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("MsgType", type);
                writer.WriteStartObject("MsgContent");
                content(writer);
                writer.WriteEndObject();
                writer.WriteEndObject();
            });

        private protected static ChatValueList<T> ListOf<T>(JsonElement array, Func<JsonElement, T?> item) where T : class
        {
            if (array.ValueKind != JsonValueKind.Array) return ChatValueList<T>.Empty;
            var items = new List<T>();
            foreach (JsonElement entry in array.EnumerateArray())
                if (item(entry) is { } value) items.Add(value);
            return new ChatValueList<T>(items);
        }
    }
}
