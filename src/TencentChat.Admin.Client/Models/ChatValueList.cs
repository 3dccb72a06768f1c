using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// A read-only list property of an output object. Export-Csv writes a property's ToString(), which for an
    /// array is "System.Object[]"; this list writes its <see cref="ChatValueListText"/> form, "a;b", instead, while
    /// still enumerating in the pipeline.
    /// </summary>
    public sealed class ChatValueList<T> : ReadOnlyCollection<T>
    {
        public ChatValueList(IList<T> items) : base(items) { }

        public static ChatValueList<T> Empty { get; } = new ChatValueList<T>(new T[0]);

        public override string ToString() => ChatValueListText.Format(this.Select(item => item?.ToString() ?? string.Empty));
    }

    /// <summary>
    /// The one text form of a list in a CSV cell: items joined with ';', where a ';' or '\' inside an item is written
    /// with a '\' before it. So a conversation in the group "a;b" exports "a\;b" and one in the groups "a" and "b"
    /// exports "a;b", and <see cref="Parse"/> tells them apart again. Mark names and ids never contain either
    /// character, so their cells read as before ("Star;Unread", "1;2").
    /// </summary>
    public static class ChatValueListText
    {
        public const char Separator = ';';
        public const char Escape = '\\';

        public static string Format(IEnumerable<string> items)
        {
            var text = new StringBuilder();
            bool first = true;
            foreach (string item in items)
            {
                if (!first) text.Append(Separator);
                first = false;
                foreach (char c in item)
                {
                    if (c == Separator || c == Escape) text.Append(Escape);
                    text.Append(c);
                }
            }
            return text.ToString();
        }

        /// <summary>
        /// The items of a cell written by <see cref="Format"/>; an empty cell is no items. Items are kept verbatim
        /// (no trimming: a group name may start or end with a space). A '\' before anything but ';' or '\' is taken
        /// literally, so a hand-typed "C:\temp" reads as written; Format never writes such a pair.
        /// </summary>
        public static IReadOnlyList<string> Parse(string? text)
        {
            var items = new List<string>();
            if (string.IsNullOrEmpty(text)) return items;
            var item = new StringBuilder();
            for (int i = 0; i < text!.Length; i++)
            {
                char c = text[i];
                if (c == Escape && i + 1 < text.Length && (text[i + 1] == Separator || text[i + 1] == Escape))
                    item.Append(text[++i]);
                else if (c == Separator)
                {
                    items.Add(item.ToString());
                    item.Clear();
                }
                else
                    item.Append(c);
            }
            items.Add(item.ToString());
            return items;
        }
    }
}
