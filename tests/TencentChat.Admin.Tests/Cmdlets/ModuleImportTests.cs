using System.Management.Automation;
using System.Reflection;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>The module as PowerShell imports it from its manifest.</summary>
public sealed class ModuleImportTests(SharedPowerShellScope shared) : IClassFixture<SharedPowerShellScope>
{
    [Fact]
    public void The_manifest_imports_and_a_cmdlet_lists_conversations_from_the_emulator()
    {
        var ps = shared.Reset();

        var run = ps.Run("Get-ChatConversation -Account user_0001");

        Assert.Null(run.Terminating);
        Assert.Empty(run.Errors);
        var conversations = run.Objects<ChatConversation>();
        Assert.NotEmpty(conversations);
        Assert.All(conversations, c => Assert.Equal("user_0001", c.Account));
        Assert.True(ps.Emulator.Requests("get_list") >= 1);
    }

    [Fact]
    public void The_module_exports_exactly_the_compiled_cmdlets_for_both_editions_from_5_1()
    {
        var module = Imported(shared.Reset());

        var compiled = CmdletMetadata.CmdletTypes.Select(CmdletMetadata.CmdletName).Order();
        Assert.Equal(compiled, module.ExportedCmdlets.Keys.Order());
        Assert.Empty(module.ExportedFunctions);
        Assert.Equal("TencentChat.Admin.dll", module.RootModule);
        Assert.Equal(new Version(5, 1), module.PowerShellVersion);
        Assert.Equal(new[] { "Desktop", "Core" }, module.CompatiblePSEditions);
    }

    /// <summary>Directory.Build.props reads the manifest's ModuleVersion into every assembly's version.</summary>
    [Fact]
    public void The_assemblies_carry_the_manifests_module_version()
    {
        var module = Imported(shared.Reset());

        foreach (var assembly in new[] { CmdletMetadata.CmdletAssembly, typeof(ChatSession).Assembly })
        {
            var version = assembly.GetName().Version!;
            Assert.Equal(module.Version, new Version(version.Major, version.Minor, version.Build));
            Assert.StartsWith(module.Version.ToString(), assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
        }
    }

    /// <summary>The output-type tests (Export-Csv, format views) have a sample of every type a cmdlet declares.</summary>
    [Fact]
    public void Every_declared_output_type_has_a_sample()
    {
        var ps = shared.Reset();

        var declared = ps.Run("(Get-Command -Module TencentChat.Admin).OutputType.Type").ThrowIfFailed().Objects<Type>()
            .Where(t => t.Namespace!.StartsWith("TencentChat.", StringComparison.Ordinal)).Select(t => t.FullName!).Distinct().Order();
        Assert.Equal(OutputSamples.ByType.Keys.Order(), declared);
    }

    [Fact]
    public void The_about_topic_is_found_by_Get_Help()
    {
        var ps = shared.Reset();

        string help = string.Concat(ps.Run("Get-Help about_TencentChat.Admin | Out-String -Width 200").ThrowIfFailed().Output);

        Assert.Contains("about_TencentChat.Admin", help);
        Assert.Contains("Connect-ChatAdmin", help);
    }

    private static PSModuleInfo Imported(PowerShellScope ps) =>
        Assert.Single(ps.Run("Get-Module TencentChat.Admin").ThrowIfFailed().Objects<PSModuleInfo>());
}
