using System.Text.Json.Nodes;

namespace TencentChat.Emulator.Users;

/// <summary>
/// One account's profile tags (Tag_Profile_IM_*, Tag_Profile_Custom_*) as their JSON values, kept with the account in
/// the core because more than one family reads them: the profile family writes and reads them (portrait_set,
/// portrait_get), the relationship family reads the target's AllowType and the sender's AdminForbidType when adding a
/// friend. It goes with the account when the account is deleted. Thread-safe; a write of several tags is one step.
/// </summary>
public sealed class UserProfile
{
    private readonly object _gate = new();
    private readonly Dictionary<string, JsonNode> _tags = new(StringComparer.Ordinal);

    /// <summary>A copy of the tag's value, or null when the account never set it.</summary>
    public JsonNode? Get(string tag)
    {
        lock (_gate) return _tags.TryGetValue(tag, out JsonNode? value) ? value.DeepClone() : null;
    }

    /// <summary>The tag's value when it is a string, or null.</summary>
    public string? Text(string tag) => Get(tag) is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    /// <summary>Sets every tag of <paramref name="values"/> at once, so a reader sees all of them or none.</summary>
    public void SetAll(IEnumerable<KeyValuePair<string, JsonNode>> values)
    {
        var copies = values.Select(v => KeyValuePair.Create(v.Key, v.Value.DeepClone())).ToList();
        lock (_gate)
            foreach (var (tag, value) in copies) _tags[tag] = value;
    }
}
