using System.Collections;
using System.Management.Automation;
using System.Reflection;
using System.Text.RegularExpressions;
using TencentChat.Admin.Commands;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>
/// Reads cmdlet declarations as metadata (CustomAttributeData, without running attribute constructors), for what only
/// the declarations show; what the cmdlets do is tested by running them (PowerShellScope).
/// </summary>
internal static class CmdletMetadata
{
    public static readonly Assembly CmdletAssembly = typeof(GetChatConversationCommand).Assembly;

    public static string ManifestPath => Path.Combine(TencentChat.Admin.Tests.Support.RepoPaths.Root, "TencentChat.Admin.psd1");

    /// <summary>The CmdletsToExport of the manifest's text, in the manifest's order.</summary>
    public static IReadOnlyList<string> ExportedCmdletNames(string manifest)
    {
        var block = Regex.Match(manifest, @"CmdletsToExport\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
        return Regex.Matches(block, "'([^']+)'").Select(m => m.Groups[1].Value).ToList();
    }

    public static IEnumerable<Type> CmdletTypes =>
        CmdletAssembly.GetTypes().Where(t => t.IsPublic && !t.IsAbstract && typeof(Cmdlet).IsAssignableFrom(t));

    public static CustomAttributeData? Attribute<T>(MemberInfo member) =>
        member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(T));

    public static IEnumerable<CustomAttributeData> Attributes<T>(MemberInfo member) =>
        member.GetCustomAttributesData().Where(a => a.AttributeType == typeof(T));

    public static T? Named<T>(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => (T?)a.TypedValue.Value).FirstOrDefault();

    public static string CmdletName(Type type)
    {
        var cmdlet = Attribute<CmdletAttribute>(type) ?? throw new InvalidOperationException($"{type} has no [Cmdlet].");
        return $"{cmdlet.ConstructorArguments[0].Value}-{cmdlet.ConstructorArguments[1].Value}";
    }

    public static Type CmdletType(string name) => CmdletTypes.Single(t => CmdletName(t) == name);

    public static string Verb(Type type) => (string)Attribute<CmdletAttribute>(type)!.ConstructorArguments[0].Value!;

    public static bool SupportsShouldProcess(Type type) => Named<bool>(Attribute<CmdletAttribute>(type)!, "SupportsShouldProcess");

    /// <summary>A [Parameter] declaration of a property, one per parameter set.</summary>
    public sealed record ParameterDeclaration(PropertyInfo Property, string SetName, bool Mandatory, bool FromPipeline, bool FromPipelineByPropertyName, int? Position)
    {
        public string Name => Property.Name;
        public IReadOnlyList<string> Aliases =>
            Attribute<AliasAttribute>(Property) is { } alias
                ? ((IEnumerable)alias.ConstructorArguments[0].Value!).Cast<CustomAttributeTypedArgument>().Select(a => (string)a.Value!).ToList()
                : new List<string>();
        public Type ElementType => Property.PropertyType.IsArray ? Property.PropertyType.GetElementType()! : Property.PropertyType;
    }

    public static IReadOnlyList<ParameterDeclaration> Parameters(Type cmdlet) =>
        cmdlet.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(p => Attributes<ParameterAttribute>(p).Select(a => new ParameterDeclaration(
                p,
                Named<string>(a, "ParameterSetName") ?? "__AllParameterSets",
                Named<bool>(a, "Mandatory"),
                Named<bool>(a, "ValueFromPipeline"),
                Named<bool>(a, "ValueFromPipelineByPropertyName"),
                a.NamedArguments.Any(n => n.MemberName == "Position") ? Named<int>(a, "Position") : null)))
            .ToList();

    /// <summary>PowerShell's approved verbs: the constants of the Verbs* classes of System.Management.Automation.</summary>
    public static ISet<string> ApprovedVerbs =>
        new[] { typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic), typeof(VerbsLifecycle), typeof(VerbsOther), typeof(VerbsSecurity) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
