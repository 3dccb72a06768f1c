using System;
using System.Text.Json;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>Checks that an HTTP 200 body is a JSON object before anything reads fields from it.</summary>
    internal static class ResponseParsing
    {
        public static JsonDocument ParseEnvelope(string command, string? mediaType, byte[] content, Redactor redactor)
        {
            int first = FirstNonWhitespace(content);
            if (first < 0)
                throw new ChatProtocolException("EmptyResponse", $"{command}: the server answered HTTP 200 with an empty body.");
            if (content[first] == (byte)'<' || (mediaType != null && mediaType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0))
                throw new ChatProtocolException("NonJsonResponse",
                    $"{command}: the server answered with an HTML page ({mediaType ?? "no content type"}) instead of JSON; " +
                    "this is usually a proxy, firewall or captive-portal error page, or -Endpoint points at the wrong server.");

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(content);
            }
            catch (JsonException e)
            {
                throw new ChatProtocolException("InvalidResponse",
                    redactor.Redact($"{command}: the response is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}); it may have been truncated."));
            }
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new ChatProtocolException("InvalidResponse", $"{command}: the response is JSON but not an object.");
            }
            return document;
        }

        private static int FirstNonWhitespace(byte[] content)
        {
            int i = 0;
            // Skip a UTF-8 byte order mark too.
            if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF) i = 3;
            for (; i < content.Length; i++)
                if (content[i] != ' ' && content[i] != '\t' && content[i] != '\r' && content[i] != '\n') return i;
            return -1;
        }
    }
}
