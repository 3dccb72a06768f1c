using System;
using System.Collections;
using System.Collections.Generic;
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
    /// Send-ChatGroupMessage's -MsgBody in the forms a PowerShell user has at hand, made into the one body model
    /// (<see cref="ChatMessageBody"/>), which checks it: the JSON text of the MsgBody array (a CSV's MsgBodyJson cell),
    /// a message's Elements (or a body) read before, or hashtables and objects shaped like the elements.
    /// </summary>
    internal static class GroupMessageBodyInput
    {
        public static ChatMessageBody Read(object input)
        {
            object value = input is PSObject wrapped ? wrapped.BaseObject : input;
            switch (value)
            {
                case ChatMessageBody body:
                    return body;
                case string json:
                    return ChatMessageBody.Parse(json);
                case ChatMessageElement element:
                    return ChatMessageBody.FromElements(new[] { element });
                case IEnumerable items when !(value is IDictionary):
                    var list = items.Cast<object?>().Select(item => item is PSObject p ? p.BaseObject : item).ToList();
                    if (list.Count > 0 && list.All(item => item is ChatMessageElement))
                        return ChatMessageBody.FromElements(list.Cast<ChatMessageElement>());
                    return ChatMessageBody.Parse(JsonOf(ApiJson.ToTree(list)));
                default:
                    // One element as a hashtable or object: the body is the array of it.
                    return ChatMessageBody.Parse(JsonOf(new List<object?> { ApiJson.ToTree(input) }));
            }
        }

        private static string JsonOf(object? tree)
        {
            try
            {
                return JsonSerializer.Serialize(tree);
            }
            catch (Exception e) when (e is NotSupportedException || e is JsonException || e is InvalidOperationException)
            {
                throw new ChatInputException("InvalidMsgBody",
                    "The message body holds a value with no JSON form (" + e.Message + "); give strings, numbers, $true/$false, arrays and hashtables.");
            }
        }
    }
}
