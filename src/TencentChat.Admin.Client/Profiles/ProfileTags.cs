using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Profiles
{
    /// <summary>How a standard profile tag's value travels (profile spec §2.1).</summary>
    internal enum ProfileTagKind
    {
        Text,
        Number,
        Choice,
    }

    /// <summary>
    /// One standard profile tag: the ChatUserProfile property it fills, Tencent's tag name, its kind, its byte limit
    /// (text) or its values (choice), written without Tencent's prefix (Gender_Type_Male is Male) and mapped back exactly.
    /// </summary>
    internal sealed class ProfileTag
    {
        public ProfileTag(string property, string tag, ProfileTagKind kind, int maxBytes = 0, string prefix = "", params string[] choices)
        {
            Property = property;
            Tag = tag;
            Kind = kind;
            MaxBytes = maxBytes;
            Prefix = prefix;
            Choices = choices;
        }

        public string Property { get; }
        public string Tag { get; }
        public ProfileTagKind Kind { get; }
        public int MaxBytes { get; }
        public string Prefix { get; }
        public IReadOnlyList<string> Choices { get; }

        /// <summary>A value as Tencent sent it, without the prefix; a value outside the prefix is kept verbatim, so it maps back unchanged.</summary>
        public string Short(string wire) =>
            Prefix.Length > 0 && wire.StartsWith(Prefix, StringComparison.Ordinal) ? wire.Substring(Prefix.Length) : wire;

        /// <summary>
        /// The wire form of a choice given with or without the prefix, case-insensitively (Male, male, Gender_Type_Male);
        /// anything else is refused with InvalidProfileTagValue, the ErrorId of Tencent's 40605, before any request.
        /// </summary>
        public string Wire(string value)
        {
            string name = Short(value);
            string? choice = Choices.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            return choice != null
                ? Prefix + choice
                : throw new ChatInputException("InvalidProfileTagValue",
                    $"{Property} {InputEcho.Quote(value)} is not one of {string.Join(", ", Choices)}.");
        }
    }

    /// <summary>The standard profile tags (profile spec §2.1) and the custom ones (Tag_Profile_Custom_ + a keyword).</summary>
    internal static class ProfileTags
    {
        public const string CustomPrefix = "Tag_Profile_Custom_";

        /// <summary>A value of a text tag (Nick, SelfSignature, FaceUrl, custom tags) is at most 500 bytes of UTF-8 (40601).</summary>
        public const int MaxTextBytes = 500;

        /// <summary>A custom tag's keyword: letters only, at most 8 bytes.</summary>
        public const int MaxCustomKeywordBytes = 8;

        public static readonly ProfileTag Nick = new ProfileTag("Nick", "Tag_Profile_IM_Nick", ProfileTagKind.Text, MaxTextBytes);
        public static readonly ProfileTag Gender = new ProfileTag("Gender", "Tag_Profile_IM_Gender", ProfileTagKind.Choice, 0, "Gender_Type_", "Unknown", "Female", "Male");
        public static readonly ProfileTag BirthDay = new ProfileTag("BirthDay", "Tag_Profile_IM_BirthDay", ProfileTagKind.Number);
        public static readonly ProfileTag Location = new ProfileTag("Location", "Tag_Profile_IM_Location", ProfileTagKind.Text, 16);
        public static readonly ProfileTag SelfSignature = new ProfileTag("SelfSignature", "Tag_Profile_IM_SelfSignature", ProfileTagKind.Text, MaxTextBytes);
        public static readonly ProfileTag AllowType = new ProfileTag("AllowType", "Tag_Profile_IM_AllowType", ProfileTagKind.Choice, 0, "AllowType_Type_", "NeedConfirm", "AllowAny", "DenyAny");
        public static readonly ProfileTag Language = new ProfileTag("Language", "Tag_Profile_IM_Language", ProfileTagKind.Number);
        public static readonly ProfileTag FaceUrl = new ProfileTag("FaceUrl", "Tag_Profile_IM_Image", ProfileTagKind.Text, MaxTextBytes);
        // Only in the 2020 tables and some SDKs; whether today's service still knows it is UNCONFIRMED (spec §6.7), so a
        // conformance probe reads it. Asked for by default because the issue's profile carries it.
        public static readonly ProfileTag MessageSettings = new ProfileTag("MessageSettings", "Tag_Profile_IM_MsgSettings", ProfileTagKind.Number);
        public static readonly ProfileTag AdminForbidType = new ProfileTag("AdminForbidType", "Tag_Profile_IM_AdminForbidType", ProfileTagKind.Choice, 0, "AdminForbid_Type_", "None", "SendOut");
        public static readonly ProfileTag Level = new ProfileTag("Level", "Tag_Profile_IM_Level", ProfileTagKind.Number);
        public static readonly ProfileTag Role = new ProfileTag("Role", "Tag_Profile_IM_Role", ProfileTagKind.Number);

        /// <summary>In the order of the spec's table (and of ChatUserProfile's properties).</summary>
        public static readonly IReadOnlyList<ProfileTag> Standard = new[]
        {
            Nick, Gender, BirthDay, Location, SelfSignature, AllowType, Language, FaceUrl, MessageSettings, AdminForbidType, Level, Role,
        };

        private static readonly Dictionary<string, ProfileTag> ByTag = Standard.ToDictionary(t => t.Tag, StringComparer.Ordinal);

        public static ProfileTag? FindTag(string tag) => ByTag.TryGetValue(tag, out ProfileTag? found) ? found : null;

        /// <summary>
        /// The tag name a -Tag value stands for: a property name of ChatUserProfile (Nick, FaceUrl; case-insensitive), a
        /// Tencent tag name as is (Tag_Profile_IM_Image), or a custom tag as Custom.Keyword or its full name. Anything else
        /// is refused with InvalidProfileTag.
        /// </summary>
        public static string Resolve(string name)
        {
            ProfileTag? standard = Standard.FirstOrDefault(t => string.Equals(t.Property, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(t.Tag, name, StringComparison.OrdinalIgnoreCase));
            if (standard != null) return standard.Tag;
            if (name.StartsWith(CustomPrefix, StringComparison.OrdinalIgnoreCase))
                return CustomTag(name.Substring(CustomPrefix.Length));
            if (name.StartsWith("Custom.", StringComparison.OrdinalIgnoreCase))
                return CustomTag(name.Substring("Custom.".Length));
            throw new ChatInputException("InvalidProfileTag",
                $"{InputEcho.Quote(name)} is not a profile tag: use {string.Join(", ", Standard.Select(t => t.Property))}, or Custom.Keyword for a custom tag.");
        }

        /// <summary>The full name of custom tag <paramref name="keyword"/> (given with or without the prefix), checked: letters only, 1 to 8 bytes.</summary>
        public static string CustomTag(string keyword)
        {
            string bare = keyword.StartsWith(CustomPrefix, StringComparison.Ordinal) ? keyword.Substring(CustomPrefix.Length) : keyword;
            bool letters = bare.Length > 0 && bare.All(c => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
            if (!letters || Encoding.UTF8.GetByteCount(bare) > MaxCustomKeywordBytes)
                throw new ChatInputException("InvalidProfileTag",
                    $"The custom tag keyword {InputEcho.Quote(bare)} must be 1 to {MaxCustomKeywordBytes} letters (A-Z, a-z).");
            return CustomPrefix + bare;
        }

        /// <summary>Refuses text over <paramref name="maxBytes"/> bytes of UTF-8: InvalidProfileValue (Tencent's 40601) for the 500-byte tags, InvalidProfileTagValue (40605) for Location.</summary>
        public static void CheckBytes(string what, string value, int maxBytes)
        {
            int bytes = Encoding.UTF8.GetByteCount(value);
            if (bytes <= maxBytes) return;
            throw new ChatInputException(maxBytes == MaxTextBytes ? "InvalidProfileValue" : "InvalidProfileTagValue",
                $"{what} is {bytes} bytes long; Tencent takes at most {maxBytes} bytes of UTF-8.");
        }
    }
}
