using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// A message body as the message cmdlets take it: JSON text (a CSV's MsgBodyJson cell), elements read from another
    /// message (its Elements), or hashtables of MsgType and MsgContent; -Text alone makes one text element.
    /// </summary>
    internal static class MessageInput
    {
        public static ChatMessageBody? BodyOf(object? msgBody, string? text, object? target = null)
        {
            object? value = msgBody is PSObject wrapped ? wrapped.BaseObject : msgBody;
            if (value is string json && json.Length > 0) return ChatMessageBody.Parse(json, target);
            if (value is ChatMessageElement element) return ChatMessageBody.FromElements(new[] { element });
            if (value is IEnumerable items && !(value is string) && !(value is IDictionary))
            {
                var list = items.Cast<object?>().Select(i => i is PSObject p ? p.BaseObject : i).ToList();
                if (list.Count > 0 && list.All(i => i is ChatMessageElement)) return ChatMessageBody.FromElements(list.Cast<ChatMessageElement>());
            }
            if (value != null && !(value is string)) return ChatMessageBody.Parse(JsonOf(value is IDictionary ? new[] { value } : value, "-MsgBody", "InvalidMsgBody"), target);
            return text != null ? ChatMessageBody.FromText(text) : null;
        }

        /// <summary>A hashtable or array (PowerShell's own values) as JSON; <paramref name="errorId"/> when it has no JSON form.</summary>
        public static string JsonOf(object value, string what, string errorId)
        {
            try
            {
                return JsonSerializer.Serialize(ApiJson.ToTree(value));
            }
            catch (Exception e) when (e is NotSupportedException || e is JsonException || e is InvalidOperationException)
            {
                throw new ChatInputException(errorId, $"{what} has a value with no JSON form ({e.Message}); give hashtables, arrays, strings and numbers.");
            }
        }
    }

    /// <summary>
    /// A message time from a DateTimeOffset, a DateTime, Unix seconds (Tencent's MsgTimeStamp column) or text (a CSV
    /// cell: ISO 8601, or the current culture's form Export-Csv wrote).
    /// </summary>
    internal sealed class MessageTimeTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            object value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case DateTimeOffset time: return time;
                case DateTime time: return new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time);
                case int or long or uint or double or decimal: return DateTimeOffset.FromUnixTimeSeconds(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                case string text:
                    string trimmed = text.Trim();
                    if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)) return DateTimeOffset.FromUnixTimeSeconds(seconds);
                    if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset invariant)) return invariant;
                    if (DateTimeOffset.TryParse(trimmed, CultureInfo.CurrentCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset local)) return local;
                    throw new ArgumentTransformationMetadataException($"'{text}' is not a time: give a DateTimeOffset, ISO 8601 text or Unix seconds.");
                default: return inputData;
            }
        }
    }
}
