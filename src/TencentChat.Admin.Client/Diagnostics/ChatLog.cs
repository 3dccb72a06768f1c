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
    public sealed class ChatLog
    {
        private readonly ConcurrentQueue<(ChatLogLevel Level, string Text)> _lines = new ConcurrentQueue<(ChatLogLevel, string)>();
        private readonly Redactor _redactor;

        public ChatLog(Redactor redactor) => _redactor = redactor;

        public void Verbose(string text) => _lines.Enqueue((ChatLogLevel.Verbose, _redactor.Redact(text)));
        public void Debug(string text) => _lines.Enqueue((ChatLogLevel.Debug, _redactor.Redact(text)));
        public void Warning(string text) => _lines.Enqueue((ChatLogLevel.Warning, _redactor.Redact(text)));

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
    }
}
