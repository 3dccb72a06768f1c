using System.Collections.Concurrent;

namespace TencentChat.Admin.Client.Diagnostics
{
    public enum ChatLogLevel
    {
        Verbose,
        Debug,
        Warning,
    }

    /// <summary>
    /// Collects diagnostic lines from client code, which may run on any thread. PowerShell accepts writes only
    /// from the pipeline thread, so the cmdlet layer drains the queue there. Text is redacted on the way in,
    /// so nothing unredacted is ever stored.
    /// </summary>
    /// <remarks>
    /// A line nobody will see costs nothing: the cmdlet says which levels its caller listens to (-Verbose, -Debug, the
    /// preference variables), a line of another level is dropped before it is redacted, and the hot paths (a Debug line
    /// per request, a Verbose line per page) ask <see cref="IsEnabled"/> before they even format it. Warnings are
    /// always kept: PowerShell decides about them ($WarningPreference) and they are rare.
    /// </remarks>
    public sealed class ChatLog
    {
        private readonly ConcurrentQueue<(ChatLogLevel Level, string Text)> _lines = new ConcurrentQueue<(ChatLogLevel, string)>();
        private readonly Redactor _redactor;
        private readonly bool _verbose;
        private readonly bool _debug;

        /// <summary>A log that keeps every line.</summary>
        public ChatLog(Redactor redactor) : this(redactor, verbose: true, debug: true) { }

        /// <summary>A log that keeps Verbose lines only when <paramref name="verbose"/>, Debug lines only when <paramref name="debug"/>.</summary>
        public ChatLog(Redactor redactor, bool verbose, bool debug)
        {
            _redactor = redactor;
            _verbose = verbose;
            _debug = debug;
        }

        /// <summary>Whether a line of <paramref name="level"/> would be kept: ask before formatting an expensive one.</summary>
        public bool IsEnabled(ChatLogLevel level) =>
            level == ChatLogLevel.Verbose ? _verbose : level == ChatLogLevel.Debug ? _debug : true;

        public void Verbose(string text) => Add(ChatLogLevel.Verbose, text);
        public void Debug(string text) => Add(ChatLogLevel.Debug, text);
        public void Warning(string text) => Add(ChatLogLevel.Warning, text);

        public bool TryTake(out ChatLogLevel level, out string text)
        {
            if (_lines.TryDequeue(out var line))
            {
                level = line.Level;
                text = line.Text;
                return true;
            }
            level = default;
            text = string.Empty;
            return false;
        }

        private void Add(ChatLogLevel level, string text)
        {
            if (IsEnabled(level))
                _lines.Enqueue((level, _redactor.Redact(text)));
        }
    }
}
