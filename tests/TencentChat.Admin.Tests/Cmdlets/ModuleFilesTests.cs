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
            var items = view.Descendants("TableColumnItem").Select(i => i.Elements().Single()).ToList();
            Assert.Equal(headers.Count, items.Count);
            Assert.All(headers, h => Assert.True(type!.GetProperty(h) != null, $"{typeName} has no property {h}"));
            foreach (var (header, item) in headers.Zip(items))
            {
                // A column shows its property, or a script block that renders it (a list joined, a time as text).
                if (item.Name == "PropertyName")
                {
                    Assert.Equal(header, item.Value);
                    continue;
                }
                Assert.Equal("ScriptBlock", item.Name.LocalName);
                var read = Regex.Matches(item.Value, @"\$_\.(\w+)").Select(m => m.Groups[1].Value).ToList();
                Assert.Contains(read, r => r.StartsWith(header, StringComparison.Ordinal));
                Assert.All(read, r => Assert.True(type!.GetProperty(r) != null, $"{typeName} has no property {r}"));
            }
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
