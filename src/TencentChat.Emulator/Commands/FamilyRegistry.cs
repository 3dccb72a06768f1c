namespace TencentChat.Emulator.Commands;

/// <summary>What the families add to: the command table, the family-specific control operations and the control settings.</summary>
internal sealed class FamilyRegistry
{
    public CommandTable Commands { get; } = new();

    /// <summary><c>POST /_emulator/{name}</c>, by name.</summary>
    public Dictionary<string, ControlOperation> ControlOperations { get; } = new(StringComparer.Ordinal);

    /// <summary><c>GET /_emulator/{name}/{file}</c>, by name: the files a family's commands hand out URLs to.</summary>
    public Dictionary<string, FileRoute> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>The keys of <c>/_emulator/settings</c>; the core's own (LatencyMs, RateLimit) are here too.</summary>
    public Dictionary<string, Setting> Settings { get; } = new(StringComparer.Ordinal);
}
