using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Api
{
    /// <summary>
    /// One call of any API command, also one no family wraps yet (Invoke-ChatApi): the command resolved from its path and
    /// the body checked and turned into JSON before anything is sent, then sent through the session's transport like
    /// every other request (signature, rate limit, retries, failover, error catalogue).
    /// </summary>
    /// <remarks>
    /// A command a family declares (<see cref="ChatCommands"/>) keeps its documented rate and its family's retry rule. Any
    /// other path gets the standard 200/s in a window of its own and is never sent again when the outcome of an attempt is
    /// unknown (timeout, reset, 5xx, 50004, 50005, ...): nothing tells whether it writes, and a repeated write could
    /// apply twice. It is still sent again when it provably was not processed (not sent, throttled, UserSig renewed).
    /// </remarks>
    public sealed class ChatApiRequest
    {
        /// <summary>The deepest body written or read; deeper is refused (a hashtable that holds itself never ends).</summary>
        internal const int MaxDepth = 64;

        // Service and command names are lower-case words with underscores (group_open_http_svc/get_group_info); the
        // check keeps a query string, a second path or a URL out of the request path.
        private static readonly Regex PathShape = new Regex(@"^(?:/?v4/)?(?<service>[A-Za-z0-9_]+)/(?<name>[A-Za-z0-9_]+)$", RegexOptions.CultureInvariant);

        private static readonly string[] EnvelopeFields = { "ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay" };

        private ChatApiRequest(ChatCommand command, bool isKnown, byte[] body)
        {
            Command = command;
            IsKnown = isKnown;
            Body = body;
        }

        /// <summary>The command, the registry's own when a family declares it.</summary>
        public ChatCommand Command { get; }

        /// <summary>Whether a family declares the command (its rate and retry rule apply), rather than the module not knowing it.</summary>
        public bool IsKnown { get; }

        internal byte[] Body { get; }

        /// <summary>
        /// The request for <paramref name="command"/> (service/command, or the whole v4/service/command path) with
        /// <paramref name="body"/>: JSON text of an object, or a tree of dictionaries (string keys), lists, strings, numbers,
        /// booleans and nulls whose root is a dictionary; null is the empty object the API needs when a command takes no
        /// parameters. Fails with InvalidApiCommand or InvalidApiBody, before anything is sent.
        /// </summary>
        public static ChatApiRequest Create(string command, object? body)
        {
            Match match = PathShape.Match(command?.Trim() ?? string.Empty);
            if (!match.Success)
                throw new ChatInputException("InvalidApiCommand",
                    $"{InputEcho.Quote(command)} is not an API command: give service/command (e.g. group_open_http_svc/get_group_info) or v4/service/command, without the domain or a query string.",
                    command);
            string path = "v4/" + match.Groups["service"].Value + "/" + match.Groups["name"].Value;
            ChatCommand? known = ChatCommands.Find(path);
            ChatCommand resolved = known ?? new ChatCommand(match.Groups["service"].Value, match.Groups["name"].Value, retryWhenOutcomeUnknown: false,
                EnvelopeJsonContext.Default);
            return new ChatApiRequest(resolved, known != null, body is string json ? FromJson(json) : FromTree(body));
        }

        /// <summary>The body as JSON text with <paramref name="redactor"/>'s secrets masked, for -WhatIf and logs.</summary>
        public string DescribeBody(Redactor redactor) => redactor.Redact(Encoding.UTF8.GetString(Body));

        /// <summary>Sends the request; the answer when its ErrorCode is 0, otherwise the catalogue's failure for the code.</summary>
        public async Task<ChatApiAnswer> SendAsync(ChatSession session, ChatLog log, CancellationToken cancellationToken)
        {
            if (session is null) throw new ArgumentNullException(nameof(session));
            byte[] answer;
            try
            {
                answer = await session.Transport.SendRawAsync(Command, Body, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatApiException e) when (!IsKnown && e.ErrorId == "WrongEndpoint")
            {
                // 60009 and its kin say the path does not exist; for a path the module never sends itself that is the
                // command's fault more likely than -Endpoint's.
                e.RecommendedAction = "Check -Command against Tencent's REST API list (service/command, case-sensitive); if it is right, check -Endpoint as well: " + e.RecommendedAction;
                throw;
            }
            log.Verbose(string.Format(CultureInfo.InvariantCulture, "{0}: answered with {1} bytes.", Command.Path, answer.Length));
            return ChatApiAnswer.Read(answer, session.Redactor, EnvelopeFields);
        }

        private static byte[] FromJson(string json)
        {
            try
            {
                using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                    throw new ChatInputException("InvalidApiBody",
                        $"The body must be a JSON object ({{...}}), not {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
                return Encoding.UTF8.GetBytes(json.Trim());
            }
            catch (JsonException e)
            {
                // The message names the place only: the text itself may hold a secret.
                throw new ChatInputException("InvalidApiBody",
                    $"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}); give a hashtable or the JSON text of an object.");
            }
        }

        private static byte[] FromTree(object? body)
        {
            if (body == null) return new[] { (byte)'{', (byte)'}' };
            if (!(body is IDictionary))
                throw new ChatInputException("InvalidApiBody",
                    $"The body must be a hashtable, an object with properties or the JSON text of an object, not {body.GetType().Name}.");
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
                Write(writer, body, "$", 0);
            return stream.ToArray();
        }

        private static void Write(Utf8JsonWriter writer, object? value, string where, int depth)
        {
            if (depth > MaxDepth)
                throw new ChatInputException("InvalidApiBody", $"The body is nested deeper than {MaxDepth} levels at {where}; does it refer to itself?");
            switch (value)
            {
                case null: writer.WriteNullValue(); break;
                case string text: writer.WriteStringValue(text); break;
                case char character: writer.WriteStringValue(character.ToString()); break;
                case bool flag: writer.WriteBooleanValue(flag); break;
                case Enum option: writer.WriteNumberValue(Convert.ToInt64(option, CultureInfo.InvariantCulture)); break;
                case byte or sbyte or short or ushort or int or long: writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
                case uint or ulong: writer.WriteNumberValue(Convert.ToUInt64(value, CultureInfo.InvariantCulture)); break;
                case decimal number: writer.WriteNumberValue(number); break;
                case double or float:
                    double real = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    if (double.IsNaN(real) || double.IsInfinity(real))
                        throw new ChatInputException("InvalidApiBody", $"{where} is {real}, which JSON cannot hold.");
                    writer.WriteNumberValue(real);
                    break;
                case IDictionary map:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in map)
                    {
                        string key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                        writer.WritePropertyName(key);
                        Write(writer, entry.Value, where + "." + key, depth + 1);
                    }
                    writer.WriteEndObject();
                    break;
                case IEnumerable items:
                    writer.WriteStartArray();
                    int index = 0;
                    foreach (object? item in items)
                        Write(writer, item, where + "[" + index++.ToString(CultureInfo.InvariantCulture) + "]", depth + 1);
                    writer.WriteEndArray();
                    break;
                default:
                    throw new ChatInputException("InvalidApiBody",
                        $"{where} is a {value.GetType().Name}, which has no JSON form here: give a string, a number, $true/$false, $null, an array or a hashtable (e.g. a time as Unix seconds).");
            }
        }
    }
}
