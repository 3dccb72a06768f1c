using System;
using System.Linq;
using TencentChat.Admin.Client.MessageBodies;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One message of a group's history (group_msg_get_simple RspMsgList), as Get-ChatGroupMessage writes it, newest
    /// first. GroupId and MsgSeq bind Remove-ChatGroupMessage, so a message piped there is recalled. Text is the message's
    /// text elements joined; Elements the whole body, typed; MsgBodyJson the body exactly as Tencent returned it, so a CSV
    /// row carries a message of any element type and can send or import it again unchanged.
    /// </summary>
    public sealed class ChatGroupMessage
    {
        public string GroupId { get; set; } = string.Empty;

        /// <summary>The message's sequence number in the group: 1 for the first, one more for each later message.</summary>
        public long MsgSeq { get; set; }

        /// <summary>The sender (From_Account); empty for a system message without one.</summary>
        public string From { get; set; } = string.Empty;

        /// <summary>When the server stored it (MsgTimeStamp), UTC.</summary>
        public DateTimeOffset Time { get; set; }

        /// <summary>Time as ISO 8601 UTC text, the same under every culture: the CSV column to sort and read back.</summary>
        public string TimeIso => IsoTime.Of(Time)!;

        /// <summary>High, Normal, Low or Lowest (history's MsgPriority 1 to 4); the number itself when Tencent sends another.</summary>
        public string Priority { get; set; } = string.Empty;

        /// <summary>MsgRandom: with the time and sender, what tells a message apart when it is imported again.</summary>
        public long Random { get; set; }

        /// <summary>The text elements' texts, joined without separators (as push text is); empty for a message without text.</summary>
        public string Text { get; set; } = string.Empty;

        /// <summary>The body's elements, typed; an element of a type the module does not model keeps its JSON. Read on first use.</summary>
        public ChatValueList<ChatMessageElement> Elements =>
            Body == null ? ChatValueList<ChatMessageElement>.Empty : new ChatValueList<ChatMessageElement>(Body.Elements.ToList());

        /// <summary>The MsgBody exactly as Tencent returned it (JSON text); empty for a recalled message.</summary>
        public string MsgBodyJson { get; set; } = string.Empty;

        /// <summary>The body itself, for the module's own use (an import sends it back unchanged); hidden from output.</summary>
        internal ChatMessageBody? Body { get; set; }

        /// <summary>CloudCustomData stored with the message, if any.</summary>
        public string? CloudCustomData { get; set; }

        /// <summary>IsSystemMsg: a message the system sent (a notification), not a member.</summary>
        public bool IsSystemMessage { get; set; }

        /// <summary>IsPlaceMsg 2: the message was recalled (written only with -IncludeRecalled).</summary>
        public bool IsRecalled { get; set; }

        public override string ToString() => "seq " + MsgSeq + " in " + GroupId;
    }
}
