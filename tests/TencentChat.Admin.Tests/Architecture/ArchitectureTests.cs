using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Architecture;

/// <summary>
/// The import rule of docs/architecture.md, in the client, the cmdlets and the emulator: core folders never use a family
/// folder, a family never uses another family, no folder uses the composition root, and no two folders use each other.
/// Every folder that is not listed as core is a family, so a new folder is held to the family rule from its first file.
/// </summary>
public class ArchitectureTests
{
    /// <param name="RootFolders">Folders that belong to the composition root: they may name every family (the emulator's seed data).</param>
    public sealed record Project(string Path, string[] Core, string[] GroupingFolders, string[]? RootFolders = null)
    {
        public override string ToString() => Path;
    }

    public static readonly Project Client = new("src/TencentChat.Admin.Client",
        new[] { "Api", "Authentication", "Batching", "Connection", "Diagnostics", "Errors", "FanOut", "MessageBodies", "Models", "Paging", "Transport", "Wire" },
        Array.Empty<string>());

    public static readonly Project Cmdlets = new("src/TencentChat.Admin",
        new[] { "Infrastructure" },
        new[] { "Commands" });

    public static readonly Project Emulator = new("src/TencentChat.Emulator",
        new[] { "Commands", "Faults", "Hosting", "Http", "Protocol", "Stats", "Users" },
        Array.Empty<string>(), RootFolders: new[] { "Seeds" });

    public static TheoryData<Project> Projects => new() { Client, Cmdlets, Emulator };

    private static FolderGraph GraphOf(Project project) =>
        FolderGraph.Read(Path.Combine(RepoPaths.Root, project.Path), project.GroupingFolders, project.RootFolders ?? Array.Empty<string>());

    private static bool IsCore(Project project, string folder) => project.Core.Contains(folder);

    private static bool IsFamily(Project project, string folder) => folder != FolderGraph.Root && !IsCore(project, folder);

    /// <summary>Fails with every offending edge, one per line, so one run shows all there is to fix.</summary>
    private static void None(IEnumerable<string> edges)
    {
        var list = edges.OrderBy(e => e, StringComparer.Ordinal).ToList();
        Assert.True(list.Count == 0, "Imports against the rule (docs/architecture.md):\n" + string.Join("\n", list));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Core_never_uses_a_family(Project project) =>
        None(GraphOf(project).Edges((from, to) => IsCore(project, from) && IsFamily(project, to)));

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_family_never_uses_another_family(Project project) =>
        None(GraphOf(project).Edges((from, to) => IsFamily(project, from) && IsFamily(project, to)));

    [Theory]
    [MemberData(nameof(Projects))]
    public void Only_the_composition_root_names_every_family(Project project) =>
        None(GraphOf(project).Edges((_, to) => to == FolderGraph.Root));

    [Theory]
    [MemberData(nameof(Projects))]
    public void No_two_folders_use_each_other(Project project)
    {
        var graph = GraphOf(project);
        None(graph.Edges((from, to) => string.CompareOrdinal(from, to) < 0 && graph.Has(to, from)));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_core_folder_exists(Project project) =>
        Assert.All(project.Core, folder => Assert.True(Directory.Exists(Path.Combine(RepoPaths.Root, project.Path, folder)), folder));

    /// <summary>The families docs/architecture.md's map names are the client's family folders: the map cannot fall behind.</summary>
    [Fact]
    public void The_architecture_doc_names_every_client_family()
    {
        string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));
        var families = GraphOf(Client).Folders.Where(f => IsFamily(Client, f)).ToList();
        Assert.NotEmpty(families);
        Assert.All(families, family => Assert.Contains($"`{family}/`", doc));
    }
}
