using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Reflection;

namespace TencentChat.Admin.HelpGenerator;

/// <summary>A parameter of a cmdlet as declared in one parameter set (one [Parameter] attribute).</summary>
public sealed record ParameterUse(string SetName, bool Mandatory, int? Position, bool ByValue, bool ByPropertyName);

/// <summary>A parameter property of a cmdlet with all its [Parameter] declarations (possibly in a base class).</summary>
public sealed record ParameterDeclaration(
    PropertyInfo Property, IReadOnlyList<ParameterUse> Uses, IReadOnlyList<string> Aliases, bool SupportsWildcards, string? DefaultValue)
{
    public string Name => Property.Name;

    /// <summary>Mandatory in every set it belongs to.</summary>
    public bool Mandatory => Uses.All(u => u.Mandatory);

    /// <summary>The position when every set agrees on one, else named.</summary>
    public int? Position => Uses.Select(u => u.Position).Distinct().Count() == 1 ? Uses[0].Position : null;

    public bool ByValue => Uses.Any(u => u.ByValue);

    public bool ByPropertyName => Uses.Any(u => u.ByPropertyName);

    /// <summary>The declaration in a parameter set (its own, else the one for all sets); null when it is not in the set.</summary>
    public ParameterUse? UseIn(string setName) =>
        Uses.FirstOrDefault(u => u.SetName == setName) ?? Uses.FirstOrDefault(u => u.SetName == CmdletDeclaration.AllParameterSets);
}

/// <summary>
/// A cmdlet class read through CustomAttributeData: PowerShellStandard's System.Management.Automation is a stub
/// whose attribute constructors do no real work, so attribute values come from the metadata, not from instances.
/// </summary>
public sealed class CmdletDeclaration
{
    public const string AllParameterSets = "__AllParameterSets";

    private CmdletDeclaration(Type type)
    {
        Type = type;
        CustomAttributeData cmdlet = Attribute<CmdletAttribute>(type)!;
        Verb = (string)cmdlet.ConstructorArguments[0].Value!;
        Noun = (string)cmdlet.ConstructorArguments[1].Value!;
        DefaultParameterSetName = Named<string>(cmdlet, nameof(CmdletAttribute.DefaultParameterSetName));
        SupportsShouldProcess = Named<bool>(cmdlet, nameof(CmdletAttribute.SupportsShouldProcess));
        ConfirmImpact = cmdlet.NamedArguments.Any(a => a.MemberName == nameof(CmdletAttribute.ConfirmImpact))
            ? (ConfirmImpact)Named<int>(cmdlet, nameof(CmdletAttribute.ConfirmImpact))
            : ConfirmImpact.Medium;
        OutputTypes = type.GetCustomAttributesData().Where(a => a.AttributeType == typeof(OutputTypeAttribute))
            .SelectMany(a => (IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!)
            .Select(a => (Type)a.Value!).ToList();
        object? instance = CreateInstance(type);
        Parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => Attribute<ParameterAttribute>(p) != null)
            .Select(p => Read(p, instance))
            .ToList();
    }

    public Type Type { get; }
    public string Verb { get; }
    public string Noun { get; }
    public string Name => Verb + "-" + Noun;
    public string? DefaultParameterSetName { get; }
    public bool SupportsShouldProcess { get; }
    public ConfirmImpact ConfirmImpact { get; }
    public IReadOnlyList<Type> OutputTypes { get; }
    public IReadOnlyList<ParameterDeclaration> Parameters { get; }

    /// <summary>The parameter sets, the default first; one unnamed set when the cmdlet declares none.</summary>
    public IReadOnlyList<string> ParameterSets
    {
        get
        {
            var named = Parameters.SelectMany(p => p.Uses).Select(u => u.SetName).Where(s => s != AllParameterSets).Distinct().ToList();
            if (named.Count == 0) return new[] { AllParameterSets };
            if (DefaultParameterSetName != null && !named.Contains(DefaultParameterSetName)) named.Insert(0, DefaultParameterSetName);
            return named.OrderBy(s => s == DefaultParameterSetName ? 0 : 1).ToList();
        }
    }

    /// <summary>The public, non-abstract cmdlet classes of an assembly, ordered by name.</summary>
    public static IReadOnlyList<CmdletDeclaration> ReadAll(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && typeof(Cmdlet).IsAssignableFrom(t) && Attribute<CmdletAttribute>(t) != null)
            .Select(t => new CmdletDeclaration(t))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

    private static ParameterDeclaration Read(PropertyInfo property, object? instance)
    {
        var uses = property.GetCustomAttributesData().Where(a => a.AttributeType == typeof(ParameterAttribute))
            .Select(a => new ParameterUse(
                Named<string>(a, nameof(ParameterAttribute.ParameterSetName)) ?? AllParameterSets,
                Named<bool>(a, nameof(ParameterAttribute.Mandatory)),
                a.NamedArguments.Any(n => n.MemberName == nameof(ParameterAttribute.Position)) ? Named<int>(a, nameof(ParameterAttribute.Position)) : null,
                Named<bool>(a, nameof(ParameterAttribute.ValueFromPipeline)),
                Named<bool>(a, nameof(ParameterAttribute.ValueFromPipelineByPropertyName))))
            .ToList();
        var aliases = Attribute<AliasAttribute>(property) is { } alias
            ? ((IEnumerable)alias.ConstructorArguments[0].Value!).Cast<CustomAttributeTypedArgument>().Select(a => (string)a.Value!).ToList()
            : new List<string>();
        return new ParameterDeclaration(property, uses, aliases, Attribute<SupportsWildcardsAttribute>(property) != null, DefaultValue(property, instance));
    }

    /// <summary>
    /// The value a new cmdlet object gives the property when it differs from its type's own default; an unset
    /// value type (e.g. an enum's first member) is "not given" to the cmdlets, not a default.
    /// </summary>
    private static string? DefaultValue(PropertyInfo property, object? instance)
    {
        if (instance == null || property.PropertyType == typeof(SwitchParameter)) return null;
        object? value = property.GetValue(instance);
        if (value is null or Array { Length: 0 } or string { Length: 0 }) return null;
        Type type = property.PropertyType;
        if (type.IsValueType && value.Equals(Activator.CreateInstance(type))) return null;
        return Convert.ToString(value, CultureInfo.InvariantCulture);
    }

    private static object? CreateInstance(Type type) =>
        type.GetConstructor(Type.EmptyTypes) is { } constructor ? constructor.Invoke(null) : null;

    private static CustomAttributeData? Attribute<T>(MemberInfo member) =>
        member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(T));

    private static T? Named<T>(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => (T?)a.TypedValue.Value).FirstOrDefault();
}
