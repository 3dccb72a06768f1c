using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TencentChat.Admin.HelpGenerator;

/// <summary>One example of a cmdlet: its PowerShell code and the explanation after it.</summary>
public sealed record HelpExample(string Code, IReadOnlyList<string> Remarks);

/// <summary>
/// The compiler's XML documentation files (GenerateDocumentationFile) of the cmdlet assembly and of the assemblies
/// beside it, read by member id (T:Namespace.Type, P:Namespace.Type.Property) and rendered as plain paragraphs.
/// </summary>
public sealed class XmlDocumentation
{
    private readonly Dictionary<string, XElement> _members = new(StringComparer.Ordinal);

    /// <summary>Reads the given documentation files; a member documented twice keeps its first entry.</summary>
    public XmlDocumentation(IEnumerable<string> files)
    {
        foreach (string file in files)
            foreach (XElement member in XDocument.Load(file).Descendants("member"))
                _members.TryAdd((string)member.Attribute("name")!, member);
    }

    /// <summary>The documentation file of <paramref name="assembly"/> and of every assembly it references that has one beside it.</summary>
    public static XmlDocumentation ForAssembly(Assembly assembly)
    {
        string directory = Path.GetDirectoryName(assembly.Location)!;
        string own = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(own))
            throw new FileNotFoundException($"No XML documentation beside {assembly.Location} (GenerateDocumentationFile).", own);
        var referenced = assembly.GetReferencedAssemblies()
            .Select(name => Path.Combine(directory, name.Name + ".xml"))
            .Where(File.Exists);
        return new XmlDocumentation(new[] { own }.Concat(referenced));
    }

    public IReadOnlyList<string> Summary(MemberInfo member) => Paragraphs(Element(member, "summary"));

    public IReadOnlyList<string> Remarks(MemberInfo member) => Paragraphs(Element(member, "remarks"));

    /// <summary>The &lt;example&gt; elements of a type: the text of their &lt;code&gt; element, dedented, and the rest as remarks.</summary>
    public IReadOnlyList<HelpExample> Examples(Type type) =>
        Member(type)?.Elements("example").Select(example => new HelpExample(
            string.Join("\n", example.Elements("code").Select(c => Dedent(c.Value))),
            Paragraphs(new XElement("remarks", example.Nodes().Where(n => !(n is XElement { Name.LocalName: "code" })))))).ToList()
        ?? new List<HelpExample>();

    /// <summary>The cref targets of a type's &lt;seealso&gt; elements, e.g. T:TencentChat.Admin.Commands.GetChatConversationCommand.</summary>
    public IReadOnlyList<string> SeeAlso(Type type) =>
        Member(type)?.Elements("seealso").Select(s => (string?)s.Attribute("cref")).OfType<string>().ToList() ?? new List<string>();

    /// <summary>The first sentence of the first paragraph.</summary>
    public static string FirstSentence(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0) return string.Empty;
        Match match = Regex.Match(paragraphs[0], @"^.+?(?<!\be\.g|\bi\.e|\betc)[.!?](?=\s|$)");
        return match.Success ? match.Value : paragraphs[0];
    }

    public static string Id(MemberInfo member) => member switch
    {
        Type type => "T:" + TypeName(type),
        PropertyInfo property => "P:" + TypeName(property.DeclaringType!) + "." + property.Name,
        _ => throw new ArgumentException($"No documentation id for a {member.MemberType}.", nameof(member)),
    };

    // A property declared on a generic base (AccountBatchCmdlet<TItem, TResult>) is documented under the open type,
    // whose id is its name with the arity: AccountBatchCmdlet`2.
    private static string TypeName(Type type) =>
        (type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type).FullName!.Replace('+', '.');

    private XElement? Member(MemberInfo member) => _members.GetValueOrDefault(Id(member));

    private XElement? Element(MemberInfo member, string name) => Member(member)?.Element(name);

    /// <summary>Text paragraphs: one per &lt;para&gt; and one for the loose text between them, whitespace collapsed.</summary>
    private static IReadOnlyList<string> Paragraphs(XElement? element)
    {
        var paragraphs = new List<string>();
        if (element == null) return paragraphs;
        var current = new StringBuilder();
        void Close()
        {
            string text = Regex.Replace(current.ToString(), @"\s+", " ").Trim();
            if (text.Length > 0) paragraphs.Add(text);
            current.Clear();
        }
        foreach (XNode node in element.Nodes())
        {
            if (node is XElement { Name.LocalName: "para" } para)
            {
                Close();
                current.Append(Inline(para));
                Close();
            }
            else
            {
                current.Append(Inline(node));
            }
        }
        Close();
        return paragraphs;
    }

    /// <summary>Text of inline markup: &lt;see cref/langword&gt;, &lt;paramref&gt;/&lt;typeparamref&gt; by name, &lt;c&gt; and the rest by content.</summary>
    private static string Inline(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" } see when see.Attribute("cref") is { } cref => CrefText(cref.Value),
        XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => word.Value,
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? string.Empty,
        XElement element => string.Concat(element.Nodes().Select(Inline)),
        _ => string.Empty,
    };

    private static string CrefText(string cref)
    {
        string name = cref.Contains(':') ? cref[(cref.IndexOf(':') + 1)..] : cref;
        int parenthesis = name.IndexOf('(');
        if (parenthesis >= 0) name = name[..parenthesis];
        return name[(name.LastIndexOf('.') + 1)..];
    }

    /// <summary>Code lines without blank lines around them and without the indentation they all share.</summary>
    private static string Dedent(string code)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        int indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l));
    }
}
