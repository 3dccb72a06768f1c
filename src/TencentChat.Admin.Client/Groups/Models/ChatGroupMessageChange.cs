using System;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// What a message write did in one group: a message sent (Send-ChatGroupMessage), a system notification
    /// (Send-ChatGroupNotification), a message recalled (Remove-ChatGroupMessage) or a sender's messages recalled silently
    /// (Remove-ChatGroupMessage -Sender). A failed one becomes a non-terminating error whose TargetObject is this object with
    /// Succeeded false, ResultCode and ResultInfo; GroupId (and MsgSeq for a recall) bind the cmdlets again, so
    /// <c>$err.TargetObject | Remove-ChatGroupMessage</c> retries exactly the recalls that failed.
    /// </summary>
    public sealed class ChatGroupMessageChange
    {
        public string GroupId { get; set; } = string.Empty;

        /// <summary>The message's sequence number in the group: assigned by a send, the one recalled by a recall; 0 for a notification and a sender recall.</summary>
        public long MsgSeq { get; set; }

        /// <summary>Send, Notify, Recall or RecallBySender.</summary>
        public string Action { get; set; } = string.Empty;

        /// <summary>The sender shown (From_Account) of a send, or the sender whose messages a sender recall took back.</summary>
        public string? From { get; set; }

        /// <summary>When the server stored a sent message (MsgTime), UTC.</summary>
        public DateTimeOffset? Time { get; set; }

        /// <summary>Time as ISO 8601 UTC text, the same under every culture.</summary>
        public string? TimeIso => IsoTime.Of(Time);

        /// <summary>The Random a send went with (generated for every message; Tencent drops a repeat of content and Random within 5 minutes).</summary>
        public long Random { get; set; }

        public bool Succeeded { get; set; }

        /// <summary>Tencent's code: the per-seq RetCode of a recall, the ErrorCode of a whole request, 0 when it went through.</summary>
        public int ResultCode { get; set; }

        public string ResultInfo { get; set; } = string.Empty;

        /// <summary>Why the item failed, for the cmdlet's error record; internal, so it never renders or exports.</summary>
        internal Errors.ChatAdminException? Failure { get; set; }

        /// <summary>The prompt and error target text: "seq 17 in @TGS#2J4SZEAEL", or the group alone.</summary>
        public override string ToString() => MsgSeq > 0 ? "seq " + MsgSeq + " in " + GroupId : GroupId;
    }

    /// <summary>The values of <see cref="ChatGroupMessageChange.Action"/>.</summary>
    public static class ChatGroupMessageActions
    {
        public const string Send = "Send";
        public const string Notify = "Notify";
        public const string Recall = "Recall";
        public const string RecallBySender = "RecallBySender";
    }
}
