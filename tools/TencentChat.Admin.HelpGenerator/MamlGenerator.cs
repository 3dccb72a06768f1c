using System.Globalization;
using System.Management.Automation;
using System.Reflection;
using System.Xml.Linq;

namespace TencentChat.Admin.HelpGenerator;

/// <summary>
/// Builds the MAML command help file PowerShell's Get-Help reads for a compiled module (ModuleName.dll-Help.xml in
/// a culture folder) from the cmdlet declarations and their XML documentation comments: the class &lt;summary&gt;
/// (first sentence = synopsis), &lt;remarks&gt;, &lt;example&gt; and &lt;seealso&gt;, and each parameter
/// property's &lt;summary&gt;. The layout follows the files platyPS writes (e.g. PowerShell/SecretManagement's
/// help/en-US/Microsoft.PowerShell.SecretManagement.dll-Help.xml).
/// </summary>
public static class MamlGenerator
{
    public const string AboutTopic = "about_TencentChat.Admin";

    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    public static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";

    private const string WhatIfDescription =
        "Shows what the cmdlet would change, one line per target, and sends nothing to the server.";
    private const string ConfirmDescription =
        "Asks for confirmation before each change. -Confirm:$false suppresses the prompts a High ConfirmImpact causes.";

    /// <summary>
    /// The help of every cmdlet of <paramref name="assembly"/>. Throws <see cref="InvalidOperationException"/> listing
    /// every cmdlet without a summary, parameter without a summary and &lt;seealso&gt; that names no cmdlet.
    /// </summary>
    public static XDocument Generate(Assembly assembly, XmlDocumentation docs)
    {
        var cmdlets = CmdletDeclaration.ReadAll(assembly);
        var cmdletNames = cmdlets.ToDictionary(c => XmlDocumentation.Id(c.Type), c => c.Name);
        var problems = cmdlets.SelectMany(c => Problems(c, docs, cmdletNames)).ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException("The XML documentation is incomplete:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
                cmdlets.Select(c => CommandElement(c, docs, cmdletNames))));
    }

    private static IEnumerable<string> Problems(CmdletDeclaration cmdlet, XmlDocumentation docs, IReadOnlyDictionary<string, string> cmdletNames)
    {
        if (docs.Summary(cmdlet.Type).Count == 0)
            yield return $"{cmdlet.Name}: {cmdlet.Type.FullName} has no <summary>.";
        foreach (var parameter in cmdlet.Parameters.Where(p => docs.Summary(p.Property).Count == 0))
            yield return $"{cmdlet.Name}: parameter -{parameter.Name} ({XmlDocumentation.Id(parameter.Property)}) has no <summary>.";
        foreach (string cref in docs.SeeAlso(cmdlet.Type).Where(c => !cmdletNames.ContainsKey(c)))
            yield return $"{cmdlet.Name}: <seealso cref=\"{cref}\"/> is not a cmdlet of the module.";
    }

    private static XElement CommandElement(CmdletDeclaration cmdlet, XmlDocumentation docs, IReadOnlyDictionary<string, string> cmdletNames)
    {
        var summary = docs.Summary(cmdlet.Type);
        var parameters = HelpParameters(cmdlet, docs);
        return new XElement(Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelp),
            new XElement(Command + "details",
                new XElement(Command + "name", cmdlet.Name),
                new XElement(Command + "verb", cmdlet.Verb),
                new XElement(Command + "noun", cmdlet.Noun),
                Description(Maml + "description", new[] { XmlDocumentation.FirstSentence(summary) })),
            Description(Maml + "description", summary.Concat(docs.Remarks(cmdlet.Type))
                .Append(RelatedParagraph(docs.SeeAlso(cmdlet.Type).Select(cref => cmdletNames[cref])))),
            new XElement(Command + "syntax",
                cmdlet.ParameterSets.Select(set => new XElement(Command + "syntaxItem",
                    new XElement(Maml + "name", cmdlet.Name),
                    parameters.Select(p => (Parameter: p, Use: p.UseInSet(set))).Where(p => p.Use != null)
                        .OrderBy(p => SyntaxOrder(p.Use!)).Select(p => p.Parameter.Element(p.Use!, inSyntax: true))))),
            new XElement(Command + "parameters",
                parameters.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => p.Element(p.Overall, inSyntax: false))),
            new XElement(Command + "inputTypes", InputTypes(cmdlet, docs)),
            new XElement(Command + "returnValues", ReturnValues(cmdlet, docs)),
            new XElement(Maml + "alertSet",
                new XElement(Maml + "alert", Paragraphs(Notes(cmdlet)))),
            new XElement(Command + "examples",
                docs.Examples(cmdlet.Type).Select((example, index) => new XElement(Command + "example",
                    new XElement(Maml + "title", $"-------------------------- Example {index + 1} --------------------------"),
                    new XElement(Dev + "code", example.Code),
                    new XElement(Dev + "remarks", Paragraphs(example.Remarks))))),
            // Left empty: PowerShell's help view says "For online help, type: Get-Help <name> -Online" whenever a topic has
            // a related link, and this module has no web page to open (its ProjectUri is not settled). The links are the
            // description's last paragraph instead (RelatedParagraph).
            new XElement(Command + "relatedLinks"));
    }

    /// <summary>The cmdlet's &lt;seealso&gt; cmdlets and the about_ topic, as the last paragraph of its description.</summary>
    public static string RelatedParagraph(IEnumerable<string> cmdletNames) =>
        "Related: " + string.Join(", ", cmdletNames.Append(AboutTopic)) + ".";

    /// <summary>Positional parameters by position, then the mandatory named ones, then the rest.</summary>
    private static (int, int) SyntaxOrder(HelpParameterUse use) =>
        use.Position is int position ? (0, position) : (use.Mandatory ? 1 : 2, 0);

    private static IReadOnlyList<HelpParameter> HelpParameters(CmdletDeclaration cmdlet, XmlDocumentation docs)
    {
        var parameters = cmdlet.Parameters.Select(p => new HelpParameter(
            p.Name, docs.Summary(p.Property), p.Property.PropertyType, p.Aliases, p.SupportsWildcards, p.DefaultValue,
            new HelpParameterUse(p.Mandatory, p.Position, p.ByValue, p.ByPropertyName),
            set => p.UseIn(set) is { } use ? new HelpParameterUse(use.Mandatory, use.Position, use.ByValue, use.ByPropertyName) : null)).ToList();
        if (cmdlet.SupportsShouldProcess)
        {
            parameters.Add(CommonSwitch("WhatIf", "wi", WhatIfDescription));
            parameters.Add(CommonSwitch("Confirm", "cf", ConfirmDescription));
        }
        return parameters;
    }

    private static HelpParameter CommonSwitch(string name, string alias, string description)
    {
        var use = new HelpParameterUse(false, null, false, false);
        return new HelpParameter(name, new[] { description }, typeof(SwitchParameter), new[] { alias }, false, null, use, _ => use);
    }

    private static IEnumerable<XElement> InputTypes(CmdletDeclaration cmdlet, XmlDocumentation docs)
    {
        var byValue = cmdlet.Parameters.Where(p => p.ByValue).ToList();
        foreach (var group in byValue.GroupBy(p => ElementType(p.Property.PropertyType)))
            yield return TypeElement(Command + "inputType", group.Key.FullName!,
                new[] { $"{TypeText(group.Key, docs)} {group.Key.Name} values bind {string.Join(" and ", group.Select(p => "-" + p.Name))} from the pipeline.".TrimStart() });
        var byName = cmdlet.Parameters.Where(p => p.ByPropertyName).OrderBy(p => p.Position ?? int.MaxValue).Select(p => "-" + p.Name).ToList();
        if (byName.Count > 0)
            yield return TypeElement(Command + "inputType", typeof(PSObject).FullName!,
                new[] { $"Objects with properties named like these parameters or their aliases, such as Import-Csv rows or other cmdlets' output, bind them by property name: {string.Join(", ", byName)}." });
        if (byValue.Count == 0 && byName.Count == 0)
            yield return TypeElement(Command + "inputType", "None", new[] { "This cmdlet takes no pipeline input." });
    }

    private static IEnumerable<XElement> ReturnValues(CmdletDeclaration cmdlet, XmlDocumentation docs) =>
        cmdlet.OutputTypes.Count == 0
            ? new[] { TypeElement(Command + "returnValue", "None", new[] { "This cmdlet writes nothing to the pipeline." }) }
            : cmdlet.OutputTypes.Select(t => TypeElement(Command + "returnValue", t.FullName!, new[] { TypeText(t, docs) }));

    private static string TypeText(Type type, XmlDocumentation docs) => XmlDocumentation.FirstSentence(docs.Summary(type));

    private static IEnumerable<string> Notes(CmdletDeclaration cmdlet)
    {
        if (!cmdlet.SupportsShouldProcess) yield break;
        yield return cmdlet.ConfirmImpact == ConfirmImpact.High
            ? $"{cmdlet.Name} supports -WhatIf and -Confirm. Its ConfirmImpact is High, so by default it asks before each change; -Confirm:$false turns the prompts off."
            : $"{cmdlet.Name} supports -WhatIf and -Confirm. Its ConfirmImpact is {cmdlet.ConfirmImpact}: it asks before each change only with -Confirm or when $ConfirmPreference is {cmdlet.ConfirmImpact} or lower.";
    }

    private static Type ElementType(Type type) => type.IsArray ? type.GetElementType()! : type;

    private static XElement TypeElement(XName name, string typeName, IEnumerable<string> description) =>
        new XElement(name,
            new XElement(Dev + "type", new XElement(Maml + "name", typeName)),
            Description(Maml + "description", description));

    private static XElement Description(XName name, IEnumerable<string> paragraphs) => new XElement(name, Paragraphs(paragraphs));

    /// <summary>One maml:para per paragraph; an empty one when there are none, as platyPS writes.</summary>
    private static IEnumerable<XElement> Paragraphs(IEnumerable<string> paragraphs)
    {
        var list = paragraphs.ToList();
        return list.Count == 0 ? new[] { new XElement(Maml + "para", string.Empty) } : list.Select(p => new XElement(Maml + "para", p));
    }

    private sealed record HelpParameterUse(bool Mandatory, int? Position, bool ByValue, bool ByPropertyName);

    /// <summary>
    /// A parameter as help shows it: a declared one, or -WhatIf/-Confirm of a ShouldProcess cmdlet. UseInSet gives
    /// its declaration in a parameter set, null when it is not in that set.
    /// </summary>
    private sealed record HelpParameter(
        string Name, IReadOnlyList<string> Description, Type Type, IReadOnlyList<string> Aliases, bool Globbing, string? DefaultValue,
        HelpParameterUse Overall, Func<string, HelpParameterUse?> UseInSet)
    {
        public XElement Element(HelpParameterUse use, bool inSyntax)
        {
            Type type = Nullable.GetUnderlyingType(Type) ?? Type;
            bool isSwitch = type == typeof(SwitchParameter);
            Type element = ElementType(type);
            return new XElement(Command + "parameter",
                new XAttribute("required", use.Mandatory ? "true" : "false"),
                new XAttribute("variableLength", type.IsArray ? "true" : "false"),
                new XAttribute("globbing", Globbing ? "true" : "false"),
                new XAttribute("pipelineInput", PipelineInput(use)),
                new XAttribute("position", use.Position?.ToString(CultureInfo.InvariantCulture) ?? "named"),
                new XAttribute("aliases", Aliases.Count == 0 ? "none" : string.Join(", ", Aliases)),
                new XElement(Maml + "name", Name),
                MamlGenerator.Description(Maml + "Description", Description),
                isSwitch && inSyntax ? null : new XElement(Command + "parameterValue",
                    new XAttribute("required", isSwitch ? "false" : "true"), new XAttribute("variableLength", "false"), type.Name),
                inSyntax && element.IsEnum ? new XElement(Command + "parameterValueGroup",
                    Enum.GetNames(element).Select(value => new XElement(Command + "parameterValue",
                        new XAttribute("required", "false"), new XAttribute("variableLength", "false"), value))) : null,
                new XElement(Dev + "type", new XElement(Maml + "name", type.Name), new XElement(Maml + "uri")),
                new XElement(Dev + "defaultValue", DefaultValue ?? (isSwitch ? "False" : "None")));
        }

        private static string PipelineInput(HelpParameterUse use) => (use.ByValue, use.ByPropertyName) switch
        {
            (true, true) => "True (ByValue, ByPropertyName)",
            (true, false) => "True (ByValue)",
            (false, true) => "True (ByPropertyName)",
            _ => "False",
        };
    }
}
