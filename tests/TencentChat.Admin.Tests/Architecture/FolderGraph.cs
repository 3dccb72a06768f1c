using System.Text.RegularExpressions;

namespace TencentChat.Admin.Tests.Architecture;

/// <summary>
/// Which folders of a project use which, read from the source as the compiler would resolve it: a file uses a folder
/// when it imports a namespace that only that folder declares, or names a type (in code or in a doc comment's cref) that
/// only that folder declares. Prose in comments, string literals and &lt;seealso&gt; help links do not count. A folder is a top-level folder of
/// the project, or a folder below one of the project's grouping folders (the cmdlets' Commands/Conversations); files at
/// the project's root are its composition root, named <see cref="Root"/>.
/// </summary>
public sealed class FolderGraph
{
    public const string Root = "(root)";

    /// <summary>Folder to the folders it uses, each with one file that shows it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Uses { get; }

    public IReadOnlyCollection<string> Folders => (IReadOnlyCollection<string>)Uses.Keys;

    private FolderGraph(Dictionary<string, IReadOnlyDictionary<string, string>> uses) => Uses = uses;

    /// <summary>
    /// The graph of a project on disk; <paramref name="groupingFolders"/> are split one level further, and
    /// <paramref name="rootFolders"/> count as the composition root.
    /// </summary>
    public static FolderGraph Read(string projectDirectory, string[] groupingFolders, string[] rootFolders)
    {
        var files = Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(projectDirectory, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(projectDirectory, f)));
        return FromSources(files, groupingFolders, rootFolders);
    }

    /// <summary>The graph of in-memory sources (relative path to text): what the tests of this class feed it.</summary>
    public static FolderGraph FromSources(IReadOnlyDictionary<string, string> sources, string[] groupingFolders, string[]? rootFolders = null)
    {
        var folderOf = sources.Keys.ToDictionary(f => f, f => FolderOf(f, groupingFolders, rootFolders ?? Array.Empty<string>()));
        var code = sources.ToDictionary(p => p.Key, p => CodeOf(p.Value));

        // Type and namespace names to the folders that declare them; a name declared in two folders names neither.
        var typeFolders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var namespaceFolders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (file, text) in code)
        {
            foreach (Match m in Declaration.Matches(text))
                Add(typeFolders, m.Groups["name"].Value, folderOf[file]);
            // A polyfill in a framework namespace (System.Runtime.CompilerServices) makes no folder of the namespace's users.
            foreach (Match m in NamespaceDeclaration.Matches(text))
                if (!m.Groups["name"].Value.StartsWith("System", StringComparison.Ordinal))
                    Add(namespaceFolders, m.Groups["name"].Value, folderOf[file]);
        }

        var uses = folderOf.Values.Distinct().ToDictionary(f => f, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (var (file, text) in code)
        {
            string from = folderOf[file];
            IEnumerable<string> used = UsingDirective.Matches(text).Select(m => m.Groups["name"].Value)
                .Where(n => namespaceFolders.TryGetValue(n, out var f) && f.Count == 1).Select(n => namespaceFolders[n].Single())
                .Concat(Identifier.Matches(text).Select(m => m.Value)
                    .Where(n => typeFolders.TryGetValue(n, out var f) && f.Count == 1).Select(n => typeFolders[n].Single()));
            foreach (string to in used)
                if (to != from) uses[from].TryAdd(to, file);
        }
        return new FolderGraph(uses.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value));
    }

    /// <summary>Every "A uses B" edge as "A → B (file)", for failure messages.</summary>
    public IEnumerable<string> Edges(Func<string, string, bool> which) =>
        from a in Uses from b in a.Value where which(a.Key, b.Key) select $"{a.Key} → {b.Key} ({b.Value})";

    public bool Has(string from, string to) => Uses.TryGetValue(from, out var used) && used.ContainsKey(to);

    private static string FolderOf(string file, string[] groupingFolders, string[] rootFolders)
    {
        string[] parts = file.Split('/');
        if (parts.Length == 1 || rootFolders.Contains(parts[0])) return Root;
        if (parts.Length > 2 && groupingFolders.Contains(parts[0])) return parts[0] + "/" + parts[1];
        return parts[0];
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string name, string folder)
    {
        if (!map.TryGetValue(name, out var folders)) map[name] = folders = new HashSet<string>(StringComparer.Ordinal);
        folders.Add(folder);
    }

    /// <summary>
    /// The text with string literals and comments blanked, keeping only the crefs of doc comments. One left-to-right scan,
    /// so a "//" inside a string or a quote inside a comment is read as what it is; an interpolated string keeps its holes.
    /// </summary>
    private static string CodeOf(string source) =>
        StringOrComment.Replace(source, m => m.Groups["comment"].Success
            ? string.Join(" ", Cref.Matches(m.Value).Select(c => c.Groups["name"].Value))
            : m.Value.StartsWith("$", StringComparison.Ordinal) ? string.Join(" ", Interpolation.Matches(m.Value).Select(h => h.Value))
            : "\"\"");

    private static readonly Regex StringOrComment = new(
        "(?<comment>//[^\\n]*|/\\*[\\s\\S]*?\\*/)" +
        "|\"\"\"[\\s\\S]*?\"\"\"|@\"(?:[^\"]|\"\")*\"|\\$?\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)'",
        RegexOptions.Compiled);
    private static readonly Regex Interpolation = new(@"\{[^{}""]*\}", RegexOptions.Compiled);
    // A <seealso> between cmdlets is a help link (Get-Help's RELATED LINKS), not a use: only <see cref> and the like count.
    private static readonly Regex Cref = new(@"<(?!seealso\b)\w+\s+cref=""(?<name>[^""]*)""", RegexOptions.Compiled);
    private static readonly Regex Declaration = new(
        @"\b(?:class|struct|interface|enum|record|delegate\s+[\w<>\[\]?,. ]+?)\s+(?<name>[A-Z]\w*)", RegexOptions.Compiled);
    private static readonly Regex NamespaceDeclaration = new(@"^\s*namespace\s+(?<name>[\w.]+)", RegexOptions.Compiled | RegexOptions.Multiline);
    private static readonly Regex UsingDirective = new(@"^\s*using\s+(?:static\s+)?(?<name>[\w.]+)\s*;", RegexOptions.Compiled | RegexOptions.Multiline);
    private static readonly Regex Identifier = new(@"\b[A-Z]\w*\b", RegexOptions.Compiled);
}
