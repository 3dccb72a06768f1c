using System.Text.RegularExpressions;
using System.Xml.Linq;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>The non-compiled module files under module/ stay in step with the compiled types.</summary>
public class ModuleFilesTests
{
    private static readonly string Root = RepoPaths.Root;

    [Fact]
    public void Every_format_view_names_a_real_type_and_real_properties()
    {
        var format = XDocument.Load(Path.Combine(Root, "module", "TencentChat.Admin.format.ps1xml"));
        var views = format.Descendants("View").ToList();
        Assert.NotEmpty(views);
        foreach (var view in views)
        {
            string typeName = view.Descendants("TypeName").Single().Value;
            var type = typeof(ChatSession).Assembly.GetType(typeName);
            Assert.True(type != null, $"format view for unknown type {typeName}");
            var headers = view.Descendants("TableColumnHeader").Select(h => h.Element("Label")!.Value).ToList();
            var properties = view.Descendants("PropertyName").Select(p => p.Value).ToList();
            Assert.Equal(headers, properties);
            Assert.All(properties, p => Assert.True(type!.GetProperty(p) != null, $"{typeName} has no property {p}"));
        }
    }

    [Fact]
    public void Every_output_type_of_the_cmdlets_has_a_table_view()
    {
        var format = XDocument.Load(Path.Combine(Root, "module", "TencentChat.Admin.format.ps1xml"));
        var viewed = format.Descendants("TypeName").Select(t => t.Value).ToHashSet();
        var outputTypes = CmdletMetadata.CmdletTypes
            .Select(t => CmdletMetadata.Attribute<System.Management.Automation.OutputTypeAttribute>(t))
            .Where(a => a != null)
            .SelectMany(a => ((IEnumerable<System.Reflection.CustomAttributeTypedArgument>)a!.ConstructorArguments[0].Value!).Select(v => (Type)v.Value!))
            .Where(t => t.Namespace!.StartsWith("TencentChat"))
            .Select(t => t.FullName!)
            .ToHashSet();
        Assert.Subset(viewed, outputTypes);
    }

    [Fact]
    public void Manifest_files_to_process_are_shipped_in_module_folder()
    {
        string manifest = File.ReadAllText(Path.Combine(Root, "TencentChat.Admin.psd1"));
        var formats = Regex.Match(manifest, @"FormatsToProcess\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
        var files = Regex.Matches(formats, "'([^']+)'").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(Root, "module", f)), $"module/{f} is missing"));
        Assert.True(File.Exists(Path.Combine(Root, "module", "en-US", "about_TencentChat.Admin.help.txt")));
    }
}
