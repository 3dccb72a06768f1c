using System;
using System.Collections.Generic;
using TencentChat.Admin.Client.MessageBodies;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One message of a one-to-one history, as <see cref="Account"/> sees it (Get-ChatMessage). Its From, To, Time,
    /// MsgSeq, MsgRandom, MsgBodyJson and CloudCustomData bind Import-ChatMessage by name, so a history exported to CSV
    /// imports elsewhere exactly; From, To and MsgKey bind Remove-ChatMessage and Set-ChatMessage.
    /// </summary>
    public sealed class ChatMessage
    {
        private ChatMessageBody? _body;
        private ChatValueList<ChatMessageElement>? _elements;

        /// <summary>Whose view of the conversation this was read from.</summary>
        public string Account { get; set; } = string.Empty;

        /// <summary>The other side of the conversation.</summary>
        public string Peer { get; set; } = string.Empty;

        /// <summary>The sender.</summary>
        public string From { get; set; } = string.Empty;

        /// <summary>The recipient.</summary>
        public string To { get; set; } = string.Empty;

        /// <summary>When the message was sent (MsgTimeStamp), to the second.</summary>
        public DateTimeOffset Time { get; set; }

        /// <summary><see cref="Time"/> as ISO 8601 UTC text, the same under every culture (for CSV files).</summary>
        public string TimeIso => IsoTime.Of(Time)!;

        /// <summary>The message's handle for recall and modify ({MsgSeq}_{MsgRandom}_{MsgTimeStamp} in every sample; opaque).</summary>
        public string MsgKey { get; set; } = string.Empty;

        public long MsgSeq { get; set; }
        public long MsgRandom { get; set; }

        /// <summary>The text elements joined; empty for a message without text.</summary>
        public string Text => Body.Text;

        /// <summary>The body's elements, typed (§4); an element of an unknown type is kept as ChatUnknownElement.</summary>
        public ChatValueList<ChatMessageElement> Elements =>
            _elements ??= new ChatValueList<ChatMessageElement>(new List<ChatMessageElement>(Body.Elements));

        /// <summary>The body exactly, as JSON: what Import-ChatMessage and Set-ChatMessage send back.</summary>
        public string MsgBodyJson => Body.Json;

        public string? CloudCustomData { get; set; }

        /// <summary>The message was recalled (MsgFlagBits 8); its body is still listed.</summary>
        public bool IsRecalled { get; set; }

        /// <summary>The recipient sent a read receipt for it.</summary>
        public bool IsPeerRead { get; set; }

        internal ChatMessageBody Body
        {
            get => _body ??= ChatMessageBody.Read(default);
            set
            {
                _body = value;
                _elements = null;
            }
        }

        public override string ToString() => From + " → " + To + " " + MsgKey;
    }
}
