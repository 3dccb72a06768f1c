namespace TencentChat.Emulator.Conversations;

/// <summary>
/// Interns peer ids (user ids and group ids share one table; the kind is kept in the key). Reads are lock-free:
/// the name array is only ever replaced by a larger copy and an id is handed out only after its name is stored.
/// </summary>
internal sealed class PeerTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly object _lock = new();
    private volatile string[] _names = new string[1024];

    public int Intern(string name)
    {
        lock (_lock)
        {
            if (_ids.TryGetValue(name, out int id)) return id;
            id = _ids.Count;
            string[] names = _names;
            if (id == names.Length)
            {
                Array.Resize(ref names, names.Length * 2);
            }
            names[id] = name;
            _names = names;
            _ids.Add(name, id);
            return id;
        }
    }

    /// <summary>Looks a name up without adding it, so requests about unknown peers do not grow the table.</summary>
    public bool TryGetId(string name, out int id)
    {
        lock (_lock)
        {
            return _ids.TryGetValue(name, out id);
        }
    }

    public string NameOf(int id) => _names[id];
}
