using System;
using System.Globalization;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Groups.Messages
{
    /// <summary>A history item of group_msg_get_simple as the module's <see cref="ChatGroupMessage"/>.</summary>
    internal static class GroupHistory
    {
        /// <summary>Send takes these names (a String); history answers their position, 1 to 4 (an Integer) (§2.6).</summary>
        internal static readonly string[] PriorityNames = { "High", "Normal", "Low", "Lowest" };

        public static ChatGroupMessage ToMessage(string groupId, WireGroupHistoryMessage item)
        {
            var message = new ChatGroupMessage
            {
                GroupId = groupId,
                MsgSeq = item.MsgSeq,
                From = item.FromAccount ?? string.Empty,
                Time = DateTimeOffset.FromUnixTimeSeconds(item.MsgTimeStamp),
                Priority = item.MsgPriority >= 1 && item.MsgPriority <= PriorityNames.Length
                    ? PriorityNames[item.MsgPriority - 1]
                    : item.MsgPriority.ToString(CultureInfo.InvariantCulture),
                Random = item.MsgRandom,
                CloudCustomData = item.CloudCustomData,
                IsSystemMessage = item.IsSystemMsg == 1,
                IsRecalled = item.IsPlaceMsg == 2,
            };
            if (item.MsgBody != null)
            {
                message.Body = item.MsgBody;
                message.MsgBodyJson = item.MsgBody.Json;
                message.Text = item.MsgBody.Text;
            }
            return message;
        }
    }
}
