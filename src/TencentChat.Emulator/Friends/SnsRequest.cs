using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Friends;

/// <summary>What the v4/sns commands share: the owner, target lists, per-target results and the field limits of profile-sns spec §2.2.</summary>
internal static class SnsRequest
{
    public const int MaxTargets = 1000;
    public const int MaxFriends = 3000;
    public const int MaxBlocked = 1000;
    public const int MaxLists = 32;
    public const int MaxPending = 100;
    public const int MaxListNameBytes = 30;
    public const int MaxRemarkBytes = 96;
    public const int MaxWordingBytes = 256;
    public const int MaxCustomBytes = 500;

    public static FriendStore Store(CommandContext context) => context.State.Family<FriendStore>();

    /// <summary>From_Account: required, and an imported account (30003 otherwise).</summary>
    public static string Owner(CommandContext context, JsonFields body)
    {
        string owner = body.Account("From_Account");
        return context.State.UserExists(owner) ? owner
            : throw new ApiException(FriendCodes.AccountNotFound, $"From_Account '{owner}' is not an imported account.");
    }

    /// <summary>A required, non-empty array of UserIDs of at most <paramref name="max"/> (more: 30001, UNCONFIRMED).</summary>
    public static IReadOnlyList<string> Targets(JsonFields body, string name, int max = MaxTargets)
    {
        JsonElement array = body.Array(name, max);
        if (array.GetArrayLength() == 0) throw body.Invalid($"{body.PathOf(name)} must not be empty.");
        return body.AccountTexts(array, name);
    }

    public static JsonObject Result(string target, int code, string info) =>
        Envelope.ItemResult(new JsonObject { ["To_Account"] = target }, code, info);

    /// <summary>The answer of a per-target command: the items, then Fail_Account only when some target failed.</summary>
    public static JsonObject Answer(string itemsName, JsonArray items, bool withFailAccount = true)
    {
        var answer = new JsonObject { [itemsName] = items };
        var failed = items.Where(i => i!["ResultCode"]!.GetValue<int>() != 0).Select(i => (JsonNode)i!["To_Account"]!.GetValue<string>()).ToArray();
        if (withFailAccount && failed.Length > 0) answer["Fail_Account"] = new JsonArray(failed);
        return answer;
    }

    public static bool TooLong(string? text, int maxBytes) => text != null && Encoding.UTF8.GetByteCount(text) > maxBytes;

    /// <summary>AddSource_Type_ and a keyword of 1 to 8 letters.</summary>
    public static bool IsAddSource(string value) =>
        value.StartsWith("AddSource_Type_", StringComparison.Ordinal) && value.Length is > 15 and <= 23 && value[15..].All(char.IsAsciiLetter);

    /// <summary>A friend-list name: not empty, at most 30 bytes.</summary>
    public static bool IsListName(string name) => name.Length > 0 && !TooLong(name, MaxListNameBytes);

    /// <summary>The user's AllowType from the profile tags the core keeps (<see cref="UserProfile"/>), or the configured default.</summary>
    public static string AllowTypeOf(CommandContext context, string userId, FriendSettings settings) =>
        context.State.ProfileOf(userId)?.Text("Tag_Profile_IM_AllowType") ?? settings.DefaultAllowType;

    /// <summary>Whether the user's profile bars it from sending friend requests (AdminForbid_Type_SendOut).</summary>
    public static bool SendOutForbidden(CommandContext context, string userId) =>
        context.State.ProfileOf(userId)?.Text("Tag_Profile_IM_AdminForbidType") == "AdminForbid_Type_SendOut";

    /// <summary>
    /// Under the store's lock: puts <paramref name="row"/> in <paramref name="names"/> lists, creating lists the owner does
    /// not have yet (auto-creation UNCONFIRMED), within the 32-list cap; false when the cap would be passed (30011).
    /// </summary>
    public static bool TryJoinLists(FriendUser owner, FriendRow row, IEnumerable<string> names, bool replace)
    {
        var wanted = names.Distinct(StringComparer.Ordinal).ToList();
        if (owner.Lists.Union(wanted, StringComparer.Ordinal).Count() > MaxLists) return false;
        foreach (string name in wanted.Where(n => !owner.Lists.Contains(n)))
        {
            owner.Lists.Add(name);
            owner.ListSequence++;
        }
        if (replace) row.Groups.Clear();
        foreach (string name in wanted.Where(n => !row.Groups.Contains(n))) row.Groups.Add(name);
        return true;
    }

    /// <summary>A custom friend field's value: declared tag, a string of at most 500 bytes or an integer (the #4 sample's 0); null when refused.</summary>
    public static JsonNode? CustomValue(string tag, JsonElement value, FriendSettings settings) =>
        !settings.CustomTags.Contains(tag) ? null
        : value.ValueKind == JsonValueKind.String && !TooLong(value.GetString(), MaxCustomBytes) ? JsonValue.Create(value.GetString())
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number) ? JsonValue.Create(number)
        : null;
}
