using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Messages.Wire;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Messages
{
    /// <summary>
    /// The hourly chat-log files (get_history, message spec §3.10): which hours a range covers, one request per hour, and
    /// the download of a file with its sizes and MD5s checked and, if asked, its messages unpacked into JSON lines.
    /// </summary>
    public static class MessageArchives
    {
        public const string C2C = "C2C";
        public const string Group = "Group";

        /// <summary>
        /// How long after an hour closes a 1004 may still mean "not built yet": Tencent builds a file after its hour closes,
        /// usually within an hour, later when busy (§3.10). Older hours answering 1004 had no messages. The two-hour line
        /// is the spec's exporter practice, UNCONFIRMED as a guarantee.
        /// </summary>
        public static readonly TimeSpan BuildDelay = TimeSpan.FromHours(2);

        /// <summary>Tencent names hours in Beijing time (UTC+8, no daylight saving).</summary>
        public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

        private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);
        private const string ExpireFormat = "yyyy-MM-dd HH:mm:ss";

        /// <summary>
        /// The hours (their starts, at Beijing time) that overlap [<paramref name="after"/>, <paramref name="before"/>],
        /// oldest first, lazily; at least the hour of <paramref name="after"/>. InvalidMessageTime for a reversed range.
        /// </summary>
        public static IEnumerable<DateTimeOffset> Hours(DateTimeOffset after, DateTimeOffset before)
        {
            MessageHistoryPager.CheckRange(after, before);
            return HoursOf(after, before);
        }

        private static IEnumerable<DateTimeOffset> HoursOf(DateTimeOffset after, DateTimeOffset before)
        {
            // UTC+8 is a whole number of hours, so Beijing hours start where UTC hours do.
            long first = after.ToUnixTimeSeconds() / 3600 * 3600;
            for (DateTimeOffset hour = DateTimeOffset.FromUnixTimeSeconds(first).ToOffset(Beijing); hour < before || hour.ToUnixTimeSeconds() == first; hour += OneHour)
                yield return hour;
        }

        /// <summary>The hour as get_history names it: yyyyMMddHH at Beijing time.</summary>
        public static string MsgTimeOf(DateTimeOffset hour) => hour.ToOffset(Beijing).ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

        /// <summary>C2C or Group as Tencent spells them (any casing accepted), else InvalidArchiveRequest before any request.</summary>
        public static string CheckChatType(string chatType) =>
            string.Equals(chatType, C2C, StringComparison.OrdinalIgnoreCase) ? C2C
            : string.Equals(chatType, Group, StringComparison.OrdinalIgnoreCase) ? Group
            : throw new ChatInputException("InvalidArchiveRequest", $"ChatType must be C2C or Group, not '{chatType}'.", chatType);

        /// <summary>
        /// The files of one hour. 1004 is "not built yet" or "no messages": for an hour that closed more than
        /// <see cref="BuildDelay"/> ago it can only be the second, so the hour has no files (said in the verbose log); for a
        /// more recent hour Tencent's answer cannot tell them apart, so it has no files yet and a warning says so and when
        /// to ask again. A warning, not an error: on the real service the last hour's file is never built yet, and a
        /// routine run must not fail for it.
        /// </summary>
        public static async Task<IReadOnlyList<ChatMessageArchive>> GetHourAsync(ChatSession session, string chatType, DateTimeOffset hour, ChatLog log,
            CancellationToken cancellationToken)
        {
            chatType = CheckChatType(chatType);
            hour = hour.ToOffset(Beijing);
            var request = new HistoryRequest { ChatType = chatType, MsgTime = MsgTimeOf(hour) };
            HistoryResponse response;
            try
            {
                response = await session.Transport.SendAsync<HistoryRequest, HistoryResponse>(MessageCommands.GetHistory, request, log, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (ChatApiException e) when (e.ErrorCode == 1004)
            {
                DateTimeOffset askAgain = hour + OneHour + BuildDelay;
                if (askAgain <= session.Clock())
                    log.Verbose($"get_history {chatType} {request.MsgTime}: no messages that hour (1004 for an hour closed more than {BuildDelay.TotalHours:0} h ago).");
                else
                    log.Warning(string.Format(CultureInfo.InvariantCulture,
                        "No {0} chat-log file for {1} (Beijing time; {2}): Tencent answers 1004 both when a file is not built yet and when an hour had no messages, and for an hour this recent cannot tell which. Files are built after the hour closes, usually within an hour: ask again after {3}; a 1004 then means no messages.",
                        chatType, request.MsgTime, IsoTime.Of(hour), IsoTime.Of(askAgain)));
                return Array.Empty<ChatMessageArchive>();
            }
            var files = response.File ?? Array.Empty<WireArchiveFile>();
            var archives = new List<ChatMessageArchive>(files.Length);
            for (int i = 0; i < files.Length; i++)
            {
                WireArchiveFile file = files[i];
                archives.Add(new ChatMessageArchive
                {
                    ChatType = chatType,
                    Hour = hour,
                    MsgTime = request.MsgTime,
                    FileIndex = i,
                    Url = file.URL ?? string.Empty,
                    ExpireTime = DateTime.TryParseExact(file.ExpireTime, ExpireFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local)
                        ? new DateTimeOffset(local, Beijing) : (DateTimeOffset?)null,
                    FileSize = file.FileSize,
                    FileMD5 = file.FileMD5,
                    GzipSize = file.GzipSize,
                    GzipMD5 = file.GzipMD5,
                });
            }
            return archives;
        }

        /// <summary>The file name of a saved archive: C2C-2026120808.gz (a second file of the hour C2C-2026120808-1.gz).</summary>
        public static string FileNameOf(ChatMessageArchive archive) =>
            archive.ChatType + "-" + archive.MsgTime + (archive.FileIndex == 0 ? string.Empty : "-" + archive.FileIndex.ToString(CultureInfo.InvariantCulture)) + ".gz";

        /// <summary>
        /// Downloads <paramref name="archive"/> into <paramref name="directory"/> (created if missing; a file of the same
        /// name is replaced, so a rerun finishes the job), checks GzipSize and GzipMD5, then FileSize and FileMD5 of the
        /// unpacked bytes, where the answer gives them. With <paramref name="expand"/>, also writes the messages as JSON
        /// lines (one message per line, no header) to the .jsonl beside it. A mismatch is ArchiveChecksumMismatch and a failed
        /// download ArchiveDownloadFailed, both targeting the archive; either way no partial file is left.
        /// </summary>
        public static async Task<ChatMessageArchiveFile> SaveAsync(ChatSession session, ChatMessageArchive archive, string directory, bool expand,
            CancellationToken cancellationToken)
        {
            if (!Uri.TryCreate(archive.Url, UriKind.Absolute, out Uri? url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                throw new ChatInputException("InvalidArchiveUrl", $"The chat-log file of {archive} has no http(s) Url ('{archive.Url}').", archive);
            Directory.CreateDirectory(directory);
            string path = Path.Combine(directory, FileNameOf(archive));
            string jsonl = Path.ChangeExtension(path, ".jsonl");
            string partial = path + ".partial", partialJsonl = jsonl + ".partial";
            try
            {
                (long gzipSize, string gzipMd5) = await DownloadAsync(session, archive, url, partial, cancellationToken).ConfigureAwait(false);
                Check(archive, "GzipSize", archive.GzipSize, gzipSize);
                Check(archive, "GzipMD5", archive.GzipMD5, gzipMd5);
                (long fileSize, string fileMd5, long messages) = Unpack(partial, expand ? partialJsonl : null);
                Check(archive, "FileSize", archive.FileSize, fileSize);
                Check(archive, "FileMD5", archive.FileMD5, fileMd5);
                Replace(partial, path);
                if (expand) Replace(partialJsonl, jsonl);
                return new ChatMessageArchiveFile
                {
                    ChatType = archive.ChatType,
                    Hour = archive.Hour,
                    Path = path,
                    Bytes = gzipSize,
                    Verified = archive.GzipSize != null && archive.GzipMD5 != null && archive.FileSize != null && archive.FileMD5 != null,
                    ExpandedPath = expand ? jsonl : null,
                    MessageCount = messages,
                };
            }
            finally
            {
                File.Delete(partial);
                File.Delete(partialJsonl);
            }
        }

        private static async Task<(long Size, string Md5)> DownloadAsync(ChatSession session, ChatMessageArchive archive, Uri url, string partial,
            CancellationToken cancellationToken)
        {
            try
            {
                using HttpResponseMessage response = await session.Transport.GetFileAsync(url, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                    throw Failed(archive, string.Format(CultureInfo.InvariantCulture, "answered HTTP {0}", (int)response.StatusCode));
                using Stream body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                using var md5 = MD5.Create();
                using var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                var buffer = new byte[81920];
                long size = 0;
                int read;
                while ((read = await body.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    md5.TransformBlock(buffer, 0, read, null, 0);
                    await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                    size += read;
                }
                md5.TransformFinalBlock(buffer, 0, 0);
                return (size, Hex(md5.Hash));
            }
            catch (HttpRequestException e)
            {
                throw Failed(archive, "failed: " + e.Message);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw Failed(archive, $"timed out after the session's request timeout ({session.RequestTimeout.TotalSeconds:0} s)");
            }
        }

        /// <summary>The unpacked size and MD5, and the messages (written one per line to <paramref name="jsonl"/> when given): every line but §3.10's header and closing line, without its separating comma.</summary>
        private static (long Size, string Md5, long Messages) Unpack(string gzipPath, string? jsonl)
        {
            using var md5 = MD5.Create();
            long size, messages = 0;
            string hash;
            using (var input = new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress))
            using (var hashed = new CryptoStream(input, md5, CryptoStreamMode.Read))
            using (var counted = new CountingStream(hashed))
            using (var reader = new StreamReader(counted, new UTF8Encoding(false), false))
            using (StreamWriter? writer = jsonl == null ? null : new StreamWriter(jsonl, false, new UTF8Encoding(false)))
            {
                string? line;
                bool first = true;
                while ((line = reader.ReadLine()) != null)
                {
                    string message = line.Trim();
                    if (first)
                    {
                        first = false;
                        int list = message.IndexOf("\"MsgList\":[", StringComparison.Ordinal);
                        if (list >= 0) message = message.Substring(list + "\"MsgList\":[".Length).Trim();
                    }
                    // The closing line is "]}" alone; a message line may end in "]}" too (its MsgBody's end).
                    message = message.TrimEnd(',').Trim();
                    if (message.Length == 0 || message == "]}") continue;
                    messages++;
                    if (writer != null)
                    {
                        writer.Write(message);
                        writer.Write('\n');
                    }
                }
                // Read to its end, the CryptoStream has hashed the final block; the hash is taken before it is disposed.
                size = counted.Count;
                hash = Hex(md5.Hash);
            }
            return (size, hash, messages);
        }

        private static void Check(ChatMessageArchive archive, string field, long? expected, long actual)
        {
            if (expected is long value && value != actual)
                throw Mismatch(archive, field, value.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));
        }

        private static void Check(ChatMessageArchive archive, string field, string? expected, string actual)
        {
            if (!string.IsNullOrEmpty(expected) && !string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
                throw Mismatch(archive, field, expected!, actual);
        }

        private static ChatProtocolException Mismatch(ChatMessageArchive archive, string field, string expected, string actual) =>
            new ChatProtocolException("ArchiveChecksumMismatch",
                $"The chat-log file {FileNameOf(archive)} does not match get_history's answer: {field} {expected}, downloaded {actual}. The partial file was removed.")
            { Target = archive };

        private static ChatProtocolException Failed(ChatMessageArchive archive, string what) =>
            new ChatProtocolException("ArchiveDownloadFailed", $"Downloading the chat-log file {FileNameOf(archive)} {what}; nothing was saved.") { Target = archive };

        private static void Replace(string from, string to)
        {
            File.Delete(to);
            File.Move(from, to);
        }

        private static string Hex(byte[] hash)
        {
            var text = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash) text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            return text.ToString();
        }

        /// <summary>Counts the bytes read through it (the unpacked FileSize).</summary>
        private sealed class CountingStream : Stream
        {
            private readonly Stream _inner;

            public CountingStream(Stream inner) => _inner = inner;

            public long Count { get; private set; }

            public override int Read(byte[] buffer, int offset, int count)
            {
                int read = _inner.Read(buffer, offset, count);
                Count += read;
                return read;
            }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => Count; set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing) _inner.Dispose();
                base.Dispose(disposing);
            }
        }
    }
}
