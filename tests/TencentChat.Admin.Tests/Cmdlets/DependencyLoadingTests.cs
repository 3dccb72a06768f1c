using System.Text.Json;
using System.Text.RegularExpressions;
using TencentChat.Admin.Infrastructure;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>Windows PowerShell 5.1 loads System.Text.Json and its dependencies from the module's dependencies/ folder.</summary>
public class DependencyLoadingTests
{
    [Fact]
    public void Build_ships_exactly_the_runtime_closure_of_the_client_library()
    {
        // project.assets.json is what restore resolved for netstandard2.0: every package dll the client needs at run time.
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "TencentChat.Admin.Client", "obj", "project.assets.json")));
        var closure = assets.RootElement.GetProperty("targets").GetProperty("netstandard2.0").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("runtime", out _))
            .SelectMany(p => p.Value.GetProperty("runtime").EnumerateObject().Select(r => Path.GetFileName(r.Name)))
            .Where(f => f.EndsWith(".dll", StringComparison.Ordinal))
            .OrderBy(f => f).ToList();

        string build = File.ReadAllText(Path.Combine(RepoPaths.Root, "build.ps1"));
        var list = Regex.Match(build, @"\$RequiredDependencies\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
        var shipped = Regex.Matches(list, "'([^']+)'").Select(m => m.Groups[1].Value).OrderBy(f => f).ToList();

        Assert.Contains("System.Text.Json.dll", closure);
        Assert.Equal(closure, shipped);
    }

    [Fact]
    public void Any_version_of_a_shipped_assembly_resolves_to_the_shipped_file()
    {
        string folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "System.Memory.dll"), "");
            string expected = Path.Combine(folder, "System.Memory.dll");
            Assert.Equal(expected, DependencyResolver.PathFor(folder, "System.Memory, Version=4.0.1.2, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51"));
            Assert.Equal(expected, DependencyResolver.PathFor(folder, "System.Memory, Version=4.0.1.1, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51"));
            Assert.Equal(expected, DependencyResolver.PathFor(folder, "System.Memory"));
            Assert.Null(DependencyResolver.PathFor(folder, "System.Text.Json, Version=8.0.0.0"));
            Assert.Null(DependencyResolver.PathFor(folder, "not a valid, = assembly name,,"));
            Assert.Null(DependencyResolver.PathFor(folder, "..\\..\\evil"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_resolver_is_only_hooked_on_dotnet_framework() => Assert.False(DependencyResolver.IsNeeded);
}
