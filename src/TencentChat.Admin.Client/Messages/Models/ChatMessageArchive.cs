using System;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One chat-log file of one hour (get_history, message spec §3.10): where to download it until ExpireTime, and its
    /// sizes and MD5s before (File) and after (Gzip) compression. Hour is the hour's start at Beijing time (UTC+8), the
    /// zone Tencent names hours in; MsgTime is Tencent's own name of the hour (yyyyMMddHH, Beijing time).
    /// </summary>
    public sealed class ChatMessageArchive
    {
        /// <summary>C2C or Group.</summary>
        public string ChatType { get; set; } = string.Empty;

        public DateTimeOffset Hour { get; set; }

        /// <summary>The hour's start in UTC, ISO 8601 (2026-12-08T00:00:00Z).</summary>
        public string HourIso => IsoTime.Of(Hour) ?? string.Empty;

        /// <summary>The hour as the request names it: yyyyMMddHH in Beijing time.</summary>
        public string MsgTime { get; set; } = string.Empty;

        /// <summary>0 for the hour's first file; Tencent may answer several for a busy hour.</summary>
        public int FileIndex { get; set; }

        /// <summary>The temporary download address (no session secret in it; list the hour again once it expires).</summary>
        public string Url { get; set; } = string.Empty;

        /// <summary>When Url stops working; read as Beijing time (UNCONFIRMED: the answer names no zone). Null if not given.</summary>
        public DateTimeOffset? ExpireTime { get; set; }

        public string? ExpireTimeIso => IsoTime.Of(ExpireTime);

        /// <summary>Bytes before gzip, or null when the answer does not say.</summary>
        public long? FileSize { get; set; }

        public string? FileMD5 { get; set; }

        /// <summary>Bytes of the download (after gzip), or null when the answer does not say.</summary>
        public long? GzipSize { get; set; }

        public string? GzipMD5 { get; set; }

        public override string ToString() => ChatType + " " + MsgTime + (FileIndex == 0 ? string.Empty : "#" + FileIndex);
    }
}
