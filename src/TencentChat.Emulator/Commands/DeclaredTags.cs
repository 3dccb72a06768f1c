using System.Text.Json;
using System.Text.Json.Nodes;

namespace TencentChat.Emulator.Commands;

/// <summary>
/// Custom tags an app declares in the console (custom profile fields, custom friend fields): a prefix plus a keyword of
/// 1 to 8 letters, at most 20 per app. A family makes one per emulator and offers it as a <c>/_emulator/settings</c> key
/// (<see cref="AsSetting"/>) taking full names or keywords; like the console's, the declarations outlive a reset of the data.
/// </summary>
internal sealed class DeclaredTags
{
    public const int MaxTags = 20;
    public const int MaxKeywordLength = 8;

    private readonly string _key;
    private volatile HashSet<string> _tags = new(StringComparer.Ordinal);

    public DeclaredTags(string key, string prefix)
    {
        _key = key;
        Prefix = prefix;
    }

    public string Prefix { get; }

    public IReadOnlyCollection<string> Tags => _tags;

    public bool Contains(string tag) => _tags.Contains(tag);

    public Setting AsSetting() => new(() => new JsonArray(_tags.Order(StringComparer.Ordinal).Select(t => (JsonNode)t).ToArray()), Parse);

    /// <summary>The change a settings value asks for, checked first (<see cref="ArgumentException"/> for a bad list).</summary>
    private Action Parse(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
            throw new ArgumentException($"{_key} must be an array of tag names such as [\"{Prefix}Test\"].");
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonElement item in value.EnumerateArray())
        {
            string name = item.ValueKind == JsonValueKind.String ? item.GetString()! : throw new ArgumentException($"{_key} holds tag names (strings), not {item.ValueKind}.");
            string keyword = name.StartsWith(Prefix, StringComparison.Ordinal) ? name[Prefix.Length..] : name;
            if (keyword.Length is 0 or > MaxKeywordLength || !keyword.All(char.IsAsciiLetter))
                throw new ArgumentException($"{_key}: '{name}' is not {Prefix} followed by 1 to {MaxKeywordLength} letters.");
            tags.Add(Prefix + keyword);
        }
        if (tags.Count > MaxTags) throw new ArgumentException($"{_key}: an app declares at most {MaxTags} custom tags, not {tags.Count}.");
        return () => _tags = tags;
    }
}
