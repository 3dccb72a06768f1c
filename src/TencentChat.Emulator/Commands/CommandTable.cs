namespace TencentChat.Emulator.Commands;

/// <summary>Every command the emulator serves, as the families registered them (<see cref="IEmulatorFamily"/>), in registration order.</summary>
internal sealed class CommandTable
{
    private readonly List<CommandEntry> _entries = new();
    private readonly Dictionary<string, CommandEntry> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CommandEntry> _byPath = new(StringComparer.Ordinal);

    public IReadOnlyList<CommandEntry> Entries => _entries;

    /// <summary>By <see cref="CommandEntry.Name"/> (unique across services).</summary>
    public IReadOnlyDictionary<string, CommandEntry> ByName => _byName;

    /// <summary>By <see cref="CommandEntry.Path"/>; paths are case-sensitive, as the service's are.</summary>
    public IReadOnlyDictionary<string, CommandEntry> ByPath => _byPath;

    /// <exception cref="ArgumentException">Another family already registered the name: stats and fault filters key on it.</exception>
    public void Add(CommandEntry entry)
    {
        _byName.Add(entry.Name, entry);
        _byPath.Add(entry.Path, entry);
        _entries.Add(entry);
    }
}
