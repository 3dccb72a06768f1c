using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.RegularExpressions;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Infrastructure;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>
/// Windows PowerShell 5.1 loads System.Text.Json and its dependencies from the module's dependencies/ folder. The
/// module's AssemblyResolve answer runs here on the requests .NET Framework makes, against a module folder laid
/// out like the built one with the real netstandard2.0 files, and loads what it answers into an isolated context.
/// </summary>
public sealed class DependencyLoadingTests : IDisposable
{
    private const string Token = "Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51";

    private readonly string _module = Directory.CreateTempSubdirectory("tencentchat-module-").FullName;
    private readonly string _dependencies;
    private readonly AssemblyLoadContext _windowsPowerShell = new("Windows PowerShell 5.1 stand-in", isCollectible: true);
    private readonly List<string> _loaded = new();

    public DependencyLoadingTests()
    {
        _dependencies = Directory.CreateDirectory(Path.Combine(_module, DependencyResolver.FolderName)).FullName;
        foreach (string file in RuntimeClosure())
            File.Copy(file, Path.Combine(_dependencies, Path.GetFileName(file)));
        foreach (var assembly in new[] { CmdletMetadata.CmdletAssembly, typeof(ChatSession).Assembly })
            File.Copy(assembly.Location, Path.Combine(_module, Path.GetFileName(assembly.Location)));
    }

    [Fact]
    public void Build_ships_exactly_the_runtime_closure_of_the_client_library()
    {
        string build = File.ReadAllText(Path.Combine(RepoPaths.Root, "build.ps1"));
        var list = Regex.Match(build, @"\$RequiredDependencies\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
        var shipped = Regex.Matches(list, "'([^']+)'").Select(m => m.Groups[1].Value).Order();

        Assert.Equal(RuntimeClosure().Select(Path.GetFileName).Order(), shipped);
    }

    /// <summary>
    /// Requests as .NET Framework raises them: the versions System.Text.Json 8.0.5 and its dependencies reference
    /// (read from their metadata), which differ from the shipped files' versions (System.Buffers 4.0.3.0, Unsafe 6.0.0.0).
    /// </summary>
    [Theory]
    [InlineData("System.Text.Json, Version=8.0.0.0, " + Token, "System.Text.Json.dll")]
    [InlineData("System.Text.Encodings.Web, Version=8.0.0.0, " + Token, "System.Text.Encodings.Web.dll")]
    [InlineData("Microsoft.Bcl.AsyncInterfaces, Version=8.0.0.0, " + Token, "Microsoft.Bcl.AsyncInterfaces.dll")]
    [InlineData("System.Memory, Version=4.0.1.2, " + Token, "System.Memory.dll")]
    [InlineData("System.Buffers, Version=4.0.2.0, " + Token, "System.Buffers.dll")]
    [InlineData("System.Threading.Tasks.Extensions, Version=4.2.0.1, " + Token, "System.Threading.Tasks.Extensions.dll")]
    [InlineData("System.Numerics.Vectors, Version=4.1.3.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a", "System.Numerics.Vectors.dll")]
    [InlineData("System.Runtime.CompilerServices.Unsafe, Version=6.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a", "System.Runtime.CompilerServices.Unsafe.dll")]
    // System.Memory 4.5.5 was built against Unsafe 4.0.4.1: without binding redirects the shipped 6.0 must answer it.
    [InlineData("System.Runtime.CompilerServices.Unsafe, Version=4.0.4.1, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a", "System.Runtime.CompilerServices.Unsafe.dll")]
    // Not the module's to answer: satellite probes, the host's and the framework's own, the module's own assemblies
    // (found next to the module), names that are not assembly names or that try to leave the folder.
    [InlineData("System.Text.Json.resources, Version=8.0.0.0, Culture=de, PublicKeyToken=cc7b13ffcd2ddd51", null)]
    [InlineData("System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", null)]
    [InlineData("netstandard, Version=2.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", null)]
    [InlineData("mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089", null)]
    [InlineData("TencentChat.Admin.Client, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null", null)]
    [InlineData("not a valid, = assembly name,,", null)]
    [InlineData("../TencentChat.Admin.Client", null)]
    [InlineData("..\\..\\dependencies\\System.Memory", null)]
    public void Answers_a_request_of_Windows_PowerShell_with_the_shipped_file_or_not_at_all(string request, string? file)
    {
        var assembly = Resolve(request);

        if (file == null)
        {
            Assert.Null(assembly);
            Assert.Empty(_loaded);
            return;
        }
        Assert.Equal(Path.Combine(_dependencies, file), Assert.Single(_loaded));
        var requested = new AssemblyName(request);
        Assert.Equal(requested.Name, assembly!.GetName().Name);
        Assert.True(assembly.GetName().Version >= requested.Version, $"{file} is {assembly.GetName().Version}, older than the {requested.Version} asked for.");
    }

    /// <summary>
    /// Follows the references from the cmdlet assembly as .NET Framework would: every assembly it cannot find itself
    /// (anything but netstandard, the host's System.Management.Automation and the module's own assemblies next to the
    /// module) is answered from dependencies/, and every shipped file is needed by someone.
    /// </summary>
    [Fact]
    public void Every_reference_from_the_cmdlets_down_loads_from_the_dependencies_folder()
    {
        var notOurs = new HashSet<string> { "netstandard", "mscorlib", "System.Management.Automation" };
        var pending = new Queue<AssemblyName>(Load(Path.Combine(_module, Path.GetFileName(CmdletMetadata.CmdletAssembly.Location))).GetReferencedAssemblies());
        var seen = new HashSet<string>();
        while (pending.Count > 0 && seen.Count < 100)
        {
            var reference = pending.Dequeue();
            if (!seen.Add(reference.Name!)) continue;
            string besideTheModule = Path.Combine(_module, reference.Name + ".dll");
            Assembly? assembly = File.Exists(besideTheModule) ? Load(besideTheModule) : Resolve(reference.FullName);
            if (notOurs.Contains(reference.Name!))
            {
                Assert.Null(assembly);
                continue;
            }
            Assert.True(assembly != null, $"Nothing answers {reference.FullName}.");
            Assert.True(assembly!.GetName().Version >= reference.Version, $"{reference.Name} {assembly.GetName().Version} is older than the {reference.Version} asked for.");
            foreach (var next in assembly.GetReferencedAssemblies())
                pending.Enqueue(next);
        }

        Assert.Contains(Path.Combine(_dependencies, "System.Text.Json.dll"), _loaded);
        Assert.Equal(Directory.GetFiles(_dependencies).Order(), _loaded.Where(f => Path.GetDirectoryName(f) == _dependencies).Order());
    }

    public void Dispose()
    {
        _windowsPowerShell.Unload();
        Directory.Delete(_module, recursive: true);
    }

    private Assembly? Resolve(string request) => DependencyResolver.Load(_dependencies, request, Load);

    private Assembly Load(string path)
    {
        _loaded.Add(path);
        using var file = File.OpenRead(path); // from a stream, so the temporary folder can be deleted on every OS
        return _windowsPowerShell.LoadFromStream(file);
    }

    /// <summary>Every package assembly the client needs at run time on netstandard2.0, as restore resolved it (project.assets.json).</summary>
    private static IReadOnlyList<string> RuntimeClosure()
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "TencentChat.Admin.Client", "obj", "project.assets.json")));
        string packages = assets.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
        return assets.RootElement.GetProperty("targets").GetProperty("netstandard2.0").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("runtime", out _))
            .SelectMany(p => p.Value.GetProperty("runtime").EnumerateObject().Select(r => Path.Combine(packages, p.Name.ToLowerInvariant(), r.Name)))
            .Where(f => f.EndsWith(".dll", StringComparison.Ordinal))
            .ToList();
    }
}
