using System.Xml;
using System.Xml.Linq;
using TencentChat.Admin.HelpGenerator;
using static TencentChat.Admin.Tests.Cmdlets.CmdletMetadata;

namespace TencentChat.Admin.Tests.Help;

/// <summary>
/// The MAML help file build.ps1 ships (en-US/TencentChat.Admin.dll-Help.xml), generated here from the same assembly
/// and XML documentation: every exported cmdlet must have a written synopsis, described parameters and examples,
/// so a missing doc comment fails CI rather than showing an empty Get-Help.
/// </summary>
public class HelpFileTests
{
    private static readonly XNamespace Msh = MamlGenerator.Msh;
    private static readonly XNamespace Maml = MamlGenerator.Maml;
    private static readonly XNamespace Command = MamlGenerator.Command;
    private static readonly XNamespace Dev = MamlGenerator.Dev;

    private static readonly Lazy<string> HelpXml = new(() =>
    {
        var writer = new StringWriter();
        MamlGenerator.Generate(CmdletAssembly, XmlDocumentation.ForAssembly(CmdletAssembly)).Save(writer);
        return writer.ToString();
    });

    /// <summary>The help file as Get-Help gets it: parsed back from its text.</summary>
    private static XDocument Help => XDocument.Parse(HelpXml.Value);

    public static TheoryData<string> ExportedCmdlets()
    {
        var data = new TheoryData<string>();
        foreach (string name in ExportedCmdletNames(File.ReadAllText(ManifestPath))) data.Add(name);
        return data;
    }

    [Fact]
    public void Is_well_formed_MAML_with_the_sections_Get_Help_reads_in_order()
    {
        using (var reader = XmlReader.Create(new StringReader(HelpXml.Value)))
            while (reader.Read()) { }
        XElement root = Help.Root!;
        Assert.Equal(Msh + "helpItems", root.Name);
        Assert.Equal("maml", (string?)root.Attribute("schema"));
        var expected = new[]
        {
            Command + "details", Maml + "description", Command + "syntax", Command + "parameters", Command + "inputTypes",
            Command + "returnValues", Maml + "alertSet", Command + "examples", Command + "relatedLinks",
        };
        Assert.All(root.Elements(), command =>
        {
            Assert.Equal(Command + "command", command.Name);
            Assert.Equal(expected, command.Elements().Select(e => e.Name));
            XElement details = command.Element(Command + "details")!;
            string name = details.Element(Command + "name")!.Value;
            Assert.Equal(name, details.Element(Command + "verb")!.Value + "-" + details.Element(Command + "noun")!.Value);
            Assert.NotEmpty(command.Element(Command + "syntax")!.Elements(Command + "syntaxItem"));
            Assert.All(command.Element(Command + "syntax")!.Elements(Command + "syntaxItem"),
                item => Assert.Equal(name, item.Element(Maml + "name")!.Value));
            Assert.All(command.Descendants(Command + "parameter").Where(p => p.Parent!.Name != Command + "parameterValueGroup"), parameter =>
            {
                Assert.Matches("^(true|false)$", (string)parameter.Attribute("required")!);
                Assert.Matches(@"^(\d+|named)$", (string)parameter.Attribute("position")!);
                Assert.Matches(@"^(False|True \((ByValue|ByPropertyName|ByValue, ByPropertyName)\))$", (string)parameter.Attribute("pipelineInput")!);
                Assert.NotNull(parameter.Attribute("aliases"));
                Assert.NotNull(parameter.Element(Dev + "type")?.Element(Maml + "name"));
                Assert.NotEmpty(parameter.Element(Dev + "defaultValue")!.Value);
            });
        });
    }

    [Fact]
    public void Has_one_command_per_exported_cmdlet()
    {
        var documented = Help.Root!.Elements(Command + "command").Select(Name).OrderBy(n => n);
        Assert.Equal(ExportedCmdletNames(File.ReadAllText(ManifestPath)).OrderBy(n => n), documented);
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Has_a_written_synopsis_and_description(string name)
    {
        XElement command = CommandOf(name);
        string synopsis = command.Element(Command + "details")!.Element(Maml + "description")!.Value.Trim();
        Assert.False(string.IsNullOrWhiteSpace(synopsis), $"{name} has no synopsis.");
        // Without help PowerShell makes the synopsis from the syntax line: "Name [-Param] ... [<CommonParameters>]".
        Assert.DoesNotContain("<CommonParameters>", synopsis);
        Assert.False(synopsis.StartsWith(name + " ", StringComparison.Ordinal), $"{name}'s synopsis is its syntax: {synopsis}");
        Assert.EndsWith(".", synopsis);
        var description = command.Element(Maml + "description")!.Elements(Maml + "para").Select(p => p.Value).ToList();
        Assert.StartsWith(synopsis, description[0]);
        Assert.True(description.Count > 1 || description[0].Length > synopsis.Length, $"{name} has no description beyond its synopsis.");
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Describes_every_parameter_in_every_parameter_set(string name)
    {
        XElement command = CommandOf(name);
        var described = command.Element(Command + "parameters")!.Elements(Command + "parameter").ToDictionary(Name);
        var syntaxItems = command.Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();
        var declarations = Parameters(CmdletType(name));
        foreach (var declaration in declarations)
        {
            Assert.True(described.TryGetValue(declaration.Name, out XElement? parameter), $"{name} -{declaration.Name} is not in the help.");
            Assert.False(string.IsNullOrWhiteSpace(parameter!.Element(Maml + "Description")?.Value), $"{name} -{declaration.Name} has no description.");
            Assert.Equal(declaration.Aliases.Count == 0 ? "none" : string.Join(", ", declaration.Aliases), (string)parameter.Attribute("aliases")!);
        }
        // Each parameter set has a syntax line with exactly the set's parameters, as declared in that set.
        var sets = declarations.Select(d => d.SetName).Where(s => s != "__AllParameterSets").Distinct().DefaultIfEmpty("__AllParameterSets").ToList();
        Assert.Equal(sets.Count, syntaxItems.Count);
        foreach (string set in sets)
        {
            var inSet = declarations.Where(d => d.SetName == set || d.SetName == "__AllParameterSets").ToList();
            Assert.True(syntaxItems.Any(item => ShowsExactly(item, inSet)),
                $"{name} has no syntax line for parameter set {set} ({string.Join(", ", inSet.Select(d => "-" + d.Name))}).");
        }
        if (SupportsShouldProcess(CmdletType(name)))
            Assert.All(new[] { "WhatIf", "Confirm" }, p => Assert.False(string.IsNullOrWhiteSpace(described[p].Element(Maml + "Description")!.Value)));
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Has_at_least_two_examples_that_use_the_cmdlet(string name)
    {
        var examples = CommandOf(name).Element(Command + "examples")!.Elements(Command + "example").ToList();
        Assert.True(examples.Count >= 2, $"{name} has {examples.Count} example(s).");
        Assert.All(examples.Select((example, index) => (example, index)), e =>
        {
            Assert.Equal($"-------------------------- Example {e.index + 1} --------------------------", e.example.Element(Maml + "title")!.Value);
            Assert.Contains(name, e.example.Element(Dev + "code")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(e.example.Element(Dev + "remarks")!.Value), $"{name} example {e.index + 1} has no explanation.");
        });
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Return_values_are_the_declared_output_types(string name)
    {
        var outputType = Attribute<System.Management.Automation.OutputTypeAttribute>(CmdletType(name));
        var declared = outputType == null
            ? new List<string> { "None" }
            : ((IEnumerable<System.Reflection.CustomAttributeTypedArgument>)outputType.ConstructorArguments[0].Value!)
                .Select(a => ((Type)a.Value!).FullName!).ToList();
        var returnValues = CommandOf(name).Element(Command + "returnValues")!.Elements(Command + "returnValue")
            .Select(r => r.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal(declared, returnValues);
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Names_the_about_topic_and_only_exported_cmdlets_as_related_and_has_no_related_link(string name)
    {
        var command = CommandOf(name);
        // A related link would make PowerShell's help view suggest Get-Help -Online, and the module has no page to open.
        Assert.Empty(command.Element(Command + "relatedLinks")!.Elements());
        string related = command.Element(Maml + "description")!.Elements(Maml + "para").Last().Value;
        Assert.StartsWith("Related: ", related);
        var links = related.Substring("Related: ".Length).TrimEnd('.').Split(", ").ToList();
        Assert.Equal(MamlGenerator.AboutTopic, links.Last());
        var exported = ExportedCmdletNames(File.ReadAllText(ManifestPath));
        Assert.All(links.SkipLast(1), l => Assert.Contains(l, exported));
    }

    [Fact]
    public void A_parameter_without_a_doc_comment_fails_the_generation()
    {
        string source = Path.ChangeExtension(CmdletAssembly.Location, ".xml");
        var docs = XDocument.Load(source);
        docs.Descendants("member").Single(m => (string?)m.Attribute("name") == "P:TencentChat.Admin.Commands.RenameChatContactGroupCommand.NewName").Remove();
        string path = Path.Combine(Path.GetTempPath(), $"TencentChat.Admin.{Guid.NewGuid():N}.xml");
        docs.Save(path);
        try
        {
            var e = Assert.Throws<InvalidOperationException>(() => MamlGenerator.Generate(CmdletAssembly, new XmlDocumentation(new[] { path })));
            Assert.Contains("Rename-ChatContactGroup: parameter -NewName", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static XElement CommandOf(string name) =>
        Help.Root!.Elements(Command + "command").SingleOrDefault(c => Name(c) == name)
        ?? throw new Xunit.Sdk.XunitException($"The help file has no command {name}.");

    /// <summary>The name of a command:command or of a command:parameter.</summary>
    private static string Name(XElement element) => element.Name == Command + "command"
        ? element.Element(Command + "details")!.Element(Command + "name")!.Value
        : element.Element(Maml + "name")!.Value;

    /// <summary>Whether a syntax line lists exactly these declarations (plus -WhatIf/-Confirm) with their required, position and pipeline input.</summary>
    private static bool ShowsExactly(XElement syntaxItem, IReadOnlyList<Cmdlets.CmdletMetadata.ParameterDeclaration> declarations)
    {
        var shown = syntaxItem.Elements(Command + "parameter").Where(p => Name(p) is not ("WhatIf" or "Confirm")).ToDictionary(Name);
        return shown.Count == declarations.Count && declarations.All(d =>
            shown.TryGetValue(d.Name, out XElement? p)
            && (string)p.Attribute("required")! == (d.Mandatory ? "true" : "false")
            && (string)p.Attribute("position")! == (d.Position?.ToString() ?? "named")
            && (string)p.Attribute("pipelineInput")! == (d.FromPipeline, d.FromPipelineByPropertyName) switch
            {
                (true, true) => "True (ByValue, ByPropertyName)",
                (true, false) => "True (ByValue)",
                (false, true) => "True (ByPropertyName)",
                _ => "False",
            });
    }
}
