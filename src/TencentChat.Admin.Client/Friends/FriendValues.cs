using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Friends
{
    /// <summary>
    /// The friend fields of profile-sns spec §2.2, checked before anything is sent (InvalidFriendValue), and mapped
    /// between Tencent's {Tag, Value} pairs and <see cref="ChatFriend"/>.
    /// </summary>
    internal static class FriendValues
    {
        public const string AddSourcePrefix = "AddSource_Type_";
        public const string CustomPrefix = "Tag_SNS_Custom_";

        /// <summary>The AddSource the module sends when none is given: Tencent requires one (the Chinese field table).</summary>
        public const string DefaultAddSource = AddSourcePrefix + "Admin";

        public const int MaxRemarkBytes = 96;
        public const int MaxWordingBytes = 256;
        public const int MaxGroupNameBytes = 30;
        public const int MaxCustomBytes = 500;

        public static string? Remark(string? remark) => Bytes(remark, MaxRemarkBytes, "Remark");

        public static string? Wording(string? wording) => Bytes(wording, MaxWordingBytes, "AddWording");

        /// <summary>AddSource with or without its prefix (Android, AddSource_Type_Android): 1 to 8 letters; null or empty is the default.</summary>
        public static string AddSource(string? source)
        {
            if (string.IsNullOrEmpty(source)) return DefaultAddSource;
            string keyword = source!.StartsWith(AddSourcePrefix, StringComparison.Ordinal) ? source.Substring(AddSourcePrefix.Length) : source;
            return keyword.Length >= 1 && keyword.Length <= 8 && keyword.All(IsLetter) ? AddSourcePrefix + keyword
                : throw new ChatInputException("InvalidFriendValue", $"AddSource {InputEcho.Quote(source)} must be 1 to 8 letters (A-Z, a-z), with or without {AddSourcePrefix}.");
        }

        /// <summary>Friend-list names: 1 to 30 bytes each, at most 32.</summary>
        public static string[] GroupNames(IEnumerable<string>? names)
        {
            var list = (names ?? Enumerable.Empty<string>()).Distinct(StringComparer.Ordinal).ToArray();
            foreach (string name in list)
                if (name.Length == 0 || Encoding.UTF8.GetByteCount(name) > MaxGroupNameBytes)
                    throw new ChatInputException("InvalidFriendValue", $"The friend-list name {InputEcho.Quote(name)} must be 1 to {MaxGroupNameBytes} bytes of UTF-8.");
            return list.Length <= 32 ? list : throw new ChatInputException("InvalidFriendValue", $"A user has at most 32 friend lists, not {list.Length}.");
        }

        /// <summary>Custom friend fields by keyword (with or without Tag_SNS_Custom_), as {Tag, Value} string pairs.</summary>
        public static WireTag[] Custom(IEnumerable<KeyValuePair<string, string>>? custom) =>
            (custom ?? Enumerable.Empty<KeyValuePair<string, string>>()).Select(pair =>
            {
                string keyword = pair.Key.StartsWith(CustomPrefix, StringComparison.Ordinal) ? pair.Key.Substring(CustomPrefix.Length) : pair.Key;
                if (keyword.Length == 0 || keyword.Length > 8 || !keyword.All(IsLetter))
                    throw new ChatInputException("InvalidFriendValue", $"The custom friend field {InputEcho.Quote(pair.Key)} must be a keyword of 1 to 8 letters.");
                return WireTag.Text(CustomPrefix + keyword, Bytes(pair.Value ?? string.Empty, MaxCustomBytes, CustomPrefix + keyword)!);
            }).ToArray();

        /// <summary>A friend row from friend_get's ValueItem; unknown tags are ignored.</summary>
        public static ChatFriend Friend(string account, string friend, IEnumerable<WireTag>? values)
        {
            var row = new ChatFriend { Account = account, Friend = friend };
            var custom = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (WireTag tag in values ?? Enumerable.Empty<WireTag>())
            {
                switch (tag.Tag)
                {
                    case "Tag_SNS_IM_Remark": row.Remark = tag.AsText(); break;
                    case "Tag_SNS_IM_AddWording": row.AddWording = tag.AsText(); break;
                    case "Tag_SNS_IM_AddSource":
                        string? source = tag.AsText();
                        row.AddSource = source != null && source.StartsWith(AddSourcePrefix, StringComparison.Ordinal) ? source.Substring(AddSourcePrefix.Length) : source;
                        break;
                    case "Tag_SNS_IM_AddTime":
                        if (tag.AsNumber() is { } seconds && seconds <= long.MaxValue / 1000) row.AddTime = DateTimeOffset.FromUnixTimeSeconds((long)seconds);
                        break;
                    case "Tag_SNS_IM_Group":
                        if (tag.Value.ValueKind == System.Text.Json.JsonValueKind.Array)
                            row.Groups = new ChatValueList<string>(tag.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList());
                        break;
                    default:
                        if (tag.Tag != null && tag.Tag.StartsWith(CustomPrefix, StringComparison.Ordinal) && tag.AsText() is { } text)
                            custom[tag.Tag.Substring(CustomPrefix.Length)] = text;
                        break;
                }
            }
            if (custom.Count > 0) row.Custom = new ChatCustomValues(custom);
            return row;
        }

        private static bool IsLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

        private static string? Bytes(string? value, int max, string what)
        {
            if (value == null) return null;
            int bytes = Encoding.UTF8.GetByteCount(value);
            return bytes <= max ? value
                : throw new ChatInputException("InvalidFriendValue", $"{what} is {bytes} bytes long; Tencent takes at most {max} bytes of UTF-8.");
        }
    }
}
