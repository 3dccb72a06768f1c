using System;
using System.Collections.Generic;
using System.Linq;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// Cells written with the separator the views used to show (<c>Star, Unread</c>, <c>group_0001, group_0002</c>)
    /// instead of a cell's <c>;</c> (docs/lists-in-csv.md): refused (CommaSeparatedList), never read as one mark or as
    /// one group named after the whole cell.
    /// </summary>
    internal static class ListSeparator
    {
        private const string Comma = ", ";

        /// <summary>The cell <paramref name="text"/> should have been (parts joined with ';') when every part it splits into at ", " is <paramref name="isItem"/>; else null.</summary>
        public static string? Misread(string text, Func<string, bool> isItem)
        {
            if (text.IndexOf(Comma, StringComparison.Ordinal) < 0) return null;
            string[] parts = text.Split(new[] { Comma }, StringSplitOptions.None);
            return parts.All(p => p.Length > 0 && isItem(p)) ? string.Join(";", parts) : null;
        }

        /// <summary>
        /// A desired group name holding ", " is taken for a list unless the conversation is already in a group of exactly
        /// that name: any name can be a group name, so only what the server holds tells a real "Sales, EMEA" from a list,
        /// and a group named after a whole cell is the one outcome that must not happen.
        /// </summary>
        public static ChatInputException? MisreadGroup(IReadOnlyList<string>? desired, IReadOnlyList<string> current)
        {
            if (desired == null) return null;
            foreach (string name in desired)
            {
                if (current.Contains(name, StringComparer.Ordinal) || Misread(name, _ => true) is not { } cell) continue;
                return new ChatInputException("CommaSeparatedList",
                    $"ContactGroupNames {InputEcho.Quote(name)} is read as a list written with ', ', as views used to show it; a cell separates groups with ';': '{cell}'.", name);
            }
            return null;
        }
    }
}
