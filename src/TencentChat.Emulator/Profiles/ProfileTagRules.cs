using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Profiles;

/// <summary>
/// The standard profile tags and what each takes (profile spec §2.1), and the check of one portrait_set value: a tag
/// neither standard nor declared 40009, a value of the wrong JSON type 40610 (uint tags take numbers, the others
/// strings), a choice outside its values or a Location over 16 bytes 40605, text over 500 bytes 40601. Custom values
/// are strings: integer custom fields are not supported since 2023 (spec §7).
/// </summary>
internal static class ProfileTagRules
{
    public const string CustomPrefix = "Tag_Profile_Custom_";
    public const int MaxTextBytes = 500;
    public const int MaxLocationBytes = 16;

    private sealed record Rule(bool Number, string[]? Choices = null, int MaxBytes = MaxTextBytes);

    private static readonly Dictionary<string, Rule> Standard = new(StringComparer.Ordinal)
    {
        ["Tag_Profile_IM_Nick"] = new(false),
        ["Tag_Profile_IM_Gender"] = new(false, ["Gender_Type_Unknown", "Gender_Type_Female", "Gender_Type_Male"]),
        ["Tag_Profile_IM_BirthDay"] = new(true),
        ["Tag_Profile_IM_Location"] = new(false, MaxBytes: MaxLocationBytes),
        ["Tag_Profile_IM_SelfSignature"] = new(false),
        ["Tag_Profile_IM_AllowType"] = new(false, ["AllowType_Type_NeedConfirm", "AllowType_Type_AllowAny", "AllowType_Type_DenyAny"]),
        ["Tag_Profile_IM_Language"] = new(true),
        ["Tag_Profile_IM_Image"] = new(false),
        // Dropped from the 2025 tables; still accepted here (UNCONFIRMED, spec §6.7).
        ["Tag_Profile_IM_MsgSettings"] = new(true),
        ["Tag_Profile_IM_AdminForbidType"] = new(false, ["AdminForbid_Type_None", "AdminForbid_Type_SendOut"]),
        ["Tag_Profile_IM_Level"] = new(true),
        ["Tag_Profile_IM_Role"] = new(true),
    };

    public static IEnumerable<string> StandardTags => Standard.Keys;

    /// <summary>Whether <paramref name="tag"/> may be read or written: a standard tag, or a custom one among <paramref name="declared"/>.</summary>
    public static bool IsKnown(string tag, DeclaredTags declared) => Standard.ContainsKey(tag) || declared.Contains(tag);

    /// <summary>The value to store for <paramref name="tag"/>, or the code and text Tencent answers for it.</summary>
    public static JsonNode Check(string path, string tag, JsonElement value, DeclaredTags declared)
    {
        if (!IsKnown(tag, declared))
            throw new ApiException(ProfileCodes.TagNotFound, $"{path}: the tag '{tag}' does not exist" +
                (tag.StartsWith(CustomPrefix, StringComparison.Ordinal) ? "; declare custom tags with POST /_emulator/settings {\"ProfileCustomTags\":[...]}." : "."));
        Rule rule = Standard.GetValueOrDefault(tag) ?? new Rule(false);
        if (rule.Number)
        {
            if (value.ValueKind != JsonValueKind.Number)
                throw new ApiException(ProfileCodes.WrongType, $"{path}: {tag} takes an unsigned integer, not {value.ValueKind}.");
            if (!value.TryGetUInt32(out uint number))
                throw new ApiException(ProfileCodes.InvalidValue, $"{path}: {tag} takes an integer from 0 to 4294967295, not {value.GetRawText()}.");
            return JsonValue.Create(number);
        }
        if (value.ValueKind != JsonValueKind.String)
            throw new ApiException(ProfileCodes.WrongType, $"{path}: {tag} takes a string, not {value.ValueKind}.");
        string text = value.GetString()!;
        if (rule.Choices != null && !rule.Choices.Contains(text, StringComparer.Ordinal))
            throw new ApiException(ProfileCodes.InvalidValue, $"{path}: {tag} is one of {string.Join(", ", rule.Choices)}, not '{text}'.");
        int bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > rule.MaxBytes)
            throw new ApiException(rule.MaxBytes == MaxTextBytes ? ProfileCodes.ValueTooLong : ProfileCodes.InvalidValue,
                $"{path}: {tag} is {bytes} bytes; at most {rule.MaxBytes}.");
        return JsonValue.Create(text);
    }
}
