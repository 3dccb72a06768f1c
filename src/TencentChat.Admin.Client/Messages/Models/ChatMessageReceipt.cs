using System;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// The outcome of one message write for one recipient (Send-, Import-, Remove-, Set-ChatMessage). A failed one is
    /// the target of its error, with Tencent's ResultCode and ResultInfo; its From and To bind Send-ChatMessage again,
    /// so the failures of a run can be piped back once fixed.
    /// </summary>
    public sealed class ChatMessageReceipt
    {
        /// <summary>The sender: the -From given, or the session's App admin.</summary>
        public string? From { get; set; }

        public string To { get; set; } = string.Empty;

        /// <summary>The message's handle for Remove-ChatMessage and Set-ChatMessage; empty when the recipient was not reached.</summary>
        public string MsgKey { get; set; } = string.Empty;

        /// <summary>The message's time on the server.</summary>
        public DateTimeOffset? MsgTime { get; set; }

        public string? MsgTimeIso => IsoTime.Of(MsgTime);

        /// <summary>0 when it was done; otherwise Tencent's code for this recipient (70107: no such account).</summary>
        public int ResultCode { get; set; }

        public string ResultInfo { get; set; } = string.Empty;

        internal ChatAdminException? Failure { get; set; }

        public override string ToString() => (From ?? "(admin)") + " → " + To;
    }
}
