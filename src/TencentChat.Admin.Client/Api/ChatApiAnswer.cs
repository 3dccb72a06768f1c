using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using TencentChat.Admin.Client.Diagnostics;

namespace TencentChat.Admin.Client.Api
{
    /// <summary>
    /// A successful answer of <see cref="ChatApiRequest"/>: the whole JSON text, and its fields without the envelope, as
    /// parsed JSON for the caller to convert (the cmdlet makes PowerShell objects of them, as ConvertFrom-Json does).
    /// Secrets the session knows, and anything shaped like a UserSig, are masked in both, as in every other text the
    /// module shows.
    /// </summary>
    public sealed class ChatApiAnswer
    {
        private ChatApiAnswer(string json, IReadOnlyList<KeyValuePair<string, JsonElement>> fields)
        {
            Json = json;
            Fields = fields;
        }

        /// <summary>The answer's JSON text, envelope included.</summary>
        public string Json { get; }

        /// <summary>The answer's own fields in the order they came, without ActionStatus, ErrorCode, ErrorInfo and ErrorDisplay.</summary>
        public IReadOnlyList<KeyValuePair<string, JsonElement>> Fields { get; }

        internal static ChatApiAnswer Read(byte[] answer, Redactor redactor, IEnumerable<string> envelopeFields)
        {
            string json = redactor.Redact(Encoding.UTF8.GetString(answer).TrimStart('\uFEFF'));
            var envelope = new HashSet<string>(envelopeFields, StringComparer.Ordinal);
            // The transport has read the envelope from these bytes, so they are one JSON object; the clone outlives the document.
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement.Clone();
            return new ChatApiAnswer(json, root.EnumerateObject().Where(p => !envelope.Contains(p.Name))
                .Select(p => new KeyValuePair<string, JsonElement>(p.Name, p.Value)).ToList());
        }
    }
}
