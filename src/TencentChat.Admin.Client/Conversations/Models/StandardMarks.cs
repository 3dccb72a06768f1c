using System;
using System.Collections.Generic;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// The 64 standard mark bits (spec §3.5): 0–31 reserved for Chat's built-in marks, 32–63 for the app.
    /// UNCONFIRMED reading, shared with the emulator: the StandardMark string is the binary number of the mark
    /// value, rightmost character = bit 0, and SetMark/ClearMark carry 0-based bit numbers, so bit 0 is the
    /// client SDKs' "star" (0x1), 1 "unread" (0x2), 2 "fold" (0x4), 3 "hide" (0x8).
    /// </summary>
    public static class StandardMarks
    {
        public const int FirstAppBit = 32;
        public const int BitCount = 64;

        private static readonly string[] BuiltInNames = { "Star", "Unread", "Fold", "Hide" };
        private static readonly IList<int> NoBits = new int[0];

        /// <summary>
        /// Star, Unread, Fold, Hide, App32…App63: the marks with a name of their own, which -Set and -Clear complete.
        /// Chat's other reserved bits (Bit4…Bit31) are left out: an app has no business setting them.
        /// </summary>
        public static IReadOnlyList<string> KnownNames { get; } = CreateKnownNames();

        /// <summary>Bit numbers set in a StandardMark string, lowest first. Characters other than 0/1 are a protocol error.</summary>
        public static IList<int> ParseBits(string? standardMark)
        {
            // Most conversations have no mark: one shared empty list instead of one per conversation listed.
            if (string.IsNullOrEmpty(standardMark)) return NoBits;
            var bits = new List<int>();
            string text = standardMark!;
            if (text.Length > BitCount)
                throw new ChatProtocolException("InvalidResponse", $"StandardMark '{text}' has more than {BitCount} bits.");
            for (int bit = 0; bit < text.Length; bit++)
            {
                char c = text[text.Length - 1 - bit];
                if (c == '1') bits.Add(bit);
                else if (c != '0') throw new ChatProtocolException("InvalidResponse", $"StandardMark '{text}' is not a string of 0 and 1.");
            }
            return bits;
        }

        /// <summary>Star, Unread, Fold, Hide for bits 0–3; App32…App63 for app marks; Bit4…Bit31 for other reserved bits.</summary>
        public static string NameOf(int bit)
        {
            if (bit < 0 || bit >= BitCount) throw new ArgumentOutOfRangeException(nameof(bit));
            if (bit < BuiltInNames.Length) return BuiltInNames[bit];
            return (bit >= FirstAppBit ? "App" : "Bit") + bit;
        }

        /// <summary>The inverse of <see cref="NameOf"/>, case-insensitive; also accepts a plain bit number.</summary>
        public static bool TryParseName(string name, out int bit)
        {
            bit = -1;
            if (string.IsNullOrWhiteSpace(name)) return false;
            string text = name.Trim();
            for (int i = 0; i < BuiltInNames.Length; i++)
                if (string.Equals(text, BuiltInNames[i], StringComparison.OrdinalIgnoreCase)) { bit = i; return true; }
            string digits = text;
            if (text.StartsWith("App", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Bit", StringComparison.OrdinalIgnoreCase))
                digits = text.Substring(3);
            if (int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
                && n >= 0 && n < BitCount
                && !(text.StartsWith("App", StringComparison.OrdinalIgnoreCase) && n < FirstAppBit))
            {
                bit = n;
                return true;
            }
            return false;
        }

        private static IReadOnlyList<string> CreateKnownNames()
        {
            var names = new List<string>(BuiltInNames);
            for (int bit = FirstAppBit; bit < BitCount; bit++) names.Add(NameOf(bit));
            return names.AsReadOnly();
        }

        public static ChatValueList<string> Names(IList<int> bits)
        {
            if (bits.Count == 0) return ChatValueList<string>.Empty;
            var names = new string[bits.Count];
            for (int i = 0; i < bits.Count; i++) names[i] = NameOf(bits[i]);
            return new ChatValueList<string>(names);
        }
    }
}
