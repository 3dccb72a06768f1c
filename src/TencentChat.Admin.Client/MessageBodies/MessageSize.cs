using System.Globalization;
using System.Text;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.MessageBodies
{
    /// <summary>
    /// Tencent's limit on one message, checked before it is sent (one-to-one and group messages alike).
    /// UNCONFIRMED: the 2025 Use Limits page, the per-command pages and code 93000's text say 12 KB; the 2023 Use Limits
    /// page (8,000 bytes) and codes 80002/90055 say 8 KB, and no page says what is measured. The module takes the newer
    /// 12 KB = 12,288 bytes, so a message Tencent now accepts is never refused here (if the service still holds 8 KB, its
    /// own error reports it and nothing is lost), and measures what the user controls: the body's JSON plus
    /// CloudCustomData, in UTF-8 without \u escapes. The conformance probe MessageSizeLimit (module/Diagnostics) checks both readings.
    /// </summary>
    public static class MessageSize
    {
        public const int MaxBytes = 12288;

        /// <summary>The size that counts toward <see cref="MaxBytes"/>.</summary>
        public static int Of(ChatMessageBody body, string? cloudCustomData) =>
            body.ByteCount + (cloudCustomData == null ? 0 : Encoding.UTF8.GetByteCount(cloudCustomData));

        /// <summary>Throws MessageTooLarge, naming the size and the limit, when the message is over the limit.</summary>
        public static void Check(ChatMessageBody body, string? cloudCustomData, object? target = null)
        {
            int size = Of(body, cloudCustomData);
            if (size > MaxBytes)
                throw new ChatInputException("MessageTooLarge", string.Format(CultureInfo.InvariantCulture,
                    "The message is {0:N0} bytes (its body's JSON plus CloudCustomData, in UTF-8), over Tencent's limit of {1:N0} bytes (12 KB) per message.",
                    size, MaxBytes), target);
        }
    }
}
