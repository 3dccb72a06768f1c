using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// Reads an HTTP 200 body. The common case costs one pass: the body is deserialized straight into the
    /// command's response DTO, envelope included. Only a body that does not fit the DTO is read a second time,
    /// as a JsonDocument, to tell a Tencent error code with an unusual body (still an API error, still retried
    /// by its code) from invalid JSON, a non-object or a success whose fields have the wrong type.
    /// </summary>
    internal static class ResponseParsing
    {
        /// <summary>
        /// The answer's envelope: a <typeparamref name="TResponse"/> whenever <see cref="ErrorCodeOf"/> is 0,
        /// otherwise possibly only the envelope fields of a failure whose body does not fit the DTO.
        /// </summary>
        public static WireEnvelope Parse<TResponse>(string command, string? mediaType, ArraySegment<byte> content, JsonTypeInfo<TResponse> typeInfo, Redactor redactor)
            where TResponse : WireEnvelope
        {
            int first = FirstNonWhitespace(content);
            if (first < 0)
                throw new ChatProtocolException("EmptyResponse", $"{command}: the server answered HTTP 200 with an empty body.");
            if (content.AsSpan()[first] == (byte)'<' || (mediaType != null && mediaType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0))
                throw new ChatProtocolException("NonJsonResponse",
                    $"{command}: the server answered with an HTML page ({mediaType ?? "no content type"}) instead of JSON; " +
                    "this is usually a proxy, firewall or captive-portal error page, or -Endpoint points at the wrong server.");

            var json = new ReadOnlyMemory<byte>(content.Array, content.Offset + first, content.Count - first);
            JsonException misfit;
            try
            {
                TResponse? response = JsonSerializer.Deserialize(json.Span, typeInfo);
                if (response != null) return response;
                misfit = new JsonException("The body is the JSON literal null.");
            }
            catch (JsonException e)
            {
                misfit = e;
            }
            return ReadMisfit(command, json, misfit, redactor);
        }

        /// <summary>
        /// The Tencent ErrorCode, 0 for success. Success is ErrorCode 0; ActionStatus may be missing. Some peers
        /// report answers without ActionStatus; without ErrorCode too, "OK" is the only success signal left.
        /// </summary>
        public static int ErrorCodeOf(string command, WireEnvelope envelope)
        {
            if (envelope.HasErrorCode)
                return envelope.ErrorCode ?? throw NotAnInteger(command);
            if (envelope.ActionStatus == "OK")
                return 0;
            throw new ChatProtocolException("InvalidResponse", $"{command}: the response has neither ErrorCode nor ActionStatus.");
        }

        private static WireEnvelope ReadMisfit(string command, ReadOnlyMemory<byte> json, JsonException misfit, Redactor redactor)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json);
            }
            catch (JsonException e)
            {
                throw new ChatProtocolException("InvalidResponse",
                    redactor.Redact($"{command}: the response is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}); it may have been truncated."));
            }
            using (document)
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                    throw new ChatProtocolException("InvalidResponse", $"{command}: the response is JSON but not an object.");

                var envelope = new WireEnvelope();
                if (root.TryGetProperty("ErrorCode", out JsonElement code))
                    envelope.ErrorCode = code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out int value) ? value : throw NotAnInteger(command);
                if (root.TryGetProperty("ActionStatus", out JsonElement status) && status.ValueKind == JsonValueKind.String)
                    envelope.ActionStatus = status.GetString();
                envelope.ErrorInfo = StringOrNull(root, "ErrorInfo");
                envelope.ErrorDisplay = StringOrNull(root, "ErrorDisplay");

                if (ErrorCodeOf(command, envelope) != 0)
                    return envelope;
                // JsonException.Path names the field ($.SessionItem[3].Type) without echoing any value.
                throw new ChatProtocolException("InvalidResponse",
                    $"{command}: the response does not have the documented shape at {misfit.Path ?? "$"} (a field has an unexpected type).");
            }
        }

        private static ChatProtocolException NotAnInteger(string command) =>
            new ChatProtocolException("InvalidResponse", $"{command}: the response's ErrorCode is not an integer.");

        private static string? StringOrNull(JsonElement root, string name) =>
            root.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        /// <summary>The offset of the first byte that is not whitespace or a UTF-8 byte order mark, or -1.</summary>
        private static int FirstNonWhitespace(ArraySegment<byte> content)
        {
            ReadOnlySpan<byte> bytes = content.AsSpan();
            int i = 0;
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) i = 3;
            for (; i < bytes.Length; i++)
                if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r' && bytes[i] != '\n') return i;
            return -1;
        }
    }
}
