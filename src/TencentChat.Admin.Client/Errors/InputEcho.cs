using System.Globalization;
using System.Text;

namespace TencentChat.Admin.Client.Errors
{
    /// <summary>
    /// How a message shows a value the user gave: quoted, control characters escaped (a line break from a broken CSV row
    /// must be visible, not break the message) and cut to a readable length, since a value may be megabytes long.
    /// </summary>
    public static class InputEcho
    {
        /// <summary>The most characters of a value a message shows; the rest is counted, not shown.</summary>
        public const int MaxChars = 64;

        public static string Quote(string? value)
        {
            if (value == null) return "(none)";
            var text = new StringBuilder("'");
            int shown = 0;
            foreach (char c in value)
            {
                if (shown == MaxChars) break;
                shown++;
                switch (c)
                {
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (char.IsControl(c)) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else text.Append(c);
                        break;
                }
            }
            text.Append('\'');
            if (shown < value.Length)
                text.Append(string.Format(CultureInfo.InvariantCulture, " (cut; {0:N0} characters in all)", value.Length));
            return text.ToString();
        }
    }
}
