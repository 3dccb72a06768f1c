using System;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>A chat-log file saved by Save-ChatMessageArchive: where it is, how big, whether its sizes and MD5s were checked, and its JSON-lines twin.</summary>
    public sealed class ChatMessageArchiveFile
    {
        public string ChatType { get; set; } = string.Empty;

        /// <summary>The hour's start at Beijing time (UTC+8).</summary>
        public DateTimeOffset Hour { get; set; }

        public string HourIso => IsoTime.Of(Hour) ?? string.Empty;

        /// <summary>The saved gzip file.</summary>
        public string Path { get; set; } = string.Empty;

        /// <summary>Bytes of the saved gzip file.</summary>
        public long Bytes { get; set; }

        /// <summary>True when the answer gave both sizes and both MD5s and all four matched; false when it gave none to check.</summary>
        public bool Verified { get; set; }

        /// <summary>The .jsonl file (one message per line) with -Expand, else null.</summary>
        public string? ExpandedPath { get; set; }

        /// <summary>Messages in the file (counted while checking it).</summary>
        public long MessageCount { get; set; }

        public override string ToString() => Path;
    }
}
