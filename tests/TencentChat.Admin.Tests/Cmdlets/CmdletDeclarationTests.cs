using System.Management.Automation;
using System.Reflection;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using static TencentChat.Admin.Tests.Cmdlets.CmdletMetadata;

namespace TencentChat.Admin.Tests.Cmdlets;

public class CmdletDeclarationTests
{
    public static TheoryData<string> CmdletNames()
    {
        var data = new TheoryData<string>();
        foreach (var t in CmdletTypes) data.Add(CmdletName(t));
        return data;
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Verb_is_approved_and_noun_is_in_the_Chat_family(string name)
    {
        var type = CmdletType(name);
        Assert.Contains(Verb(type), ApprovedVerbs);
        Assert.StartsWith("Chat", name.Split('-')[1]);
        Assert.Equal(name.Replace("-", "") + "Command", type.Name);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Declares_its_output_type_as_a_plain_class_of_the_module(string name)
    {
        var type = CmdletType(name);
        if (name == "Disconnect-ChatAdmin")
        {
            Assert.Null(Attribute<OutputTypeAttribute>(type)); // writes nothing
            return;
        }
        var outputType = Attribute<OutputTypeAttribute>(type);
        Assert.NotNull(outputType);
        var types = ((IEnumerable<CustomAttributeTypedArgument>)outputType!.ConstructorArguments[0].Value!).Select(a => (Type)a.Value!).ToList();
        Assert.NotEmpty(types);
        if (name == "New-ChatUserSig")
        {
            // A UserSig is a credential: SecureString by default, string only with -AsPlainText (as Get-Secret).
            Assert.Equal(new[] { typeof(System.Security.SecureString), typeof(string) }, types);
            return;
        }
        Assert.All(types, t =>
        {
            Assert.True(t.IsClass && t.IsPublic, $"{t} is not a public class");
            Assert.StartsWith("TencentChat.Admin.Client", t.Namespace);
        });
    }

    /// <summary>
    /// Export-Csv writes each property's ToString(): every output class of the module must have only scalar
    /// properties (text, numbers, flags, enums, times, URIs) or ChatValueList, which renders as "a;b".
    /// </summary>
    [Fact]
    public void Every_output_type_renders_in_Export_Csv_without_reshaping()
    {
        var outputTypes = CmdletTypes.Select(t => Attribute<OutputTypeAttribute>(t)).Where(a => a != null)
            .SelectMany(a => (IEnumerable<CustomAttributeTypedArgument>)a!.ConstructorArguments[0].Value!).Select(a => (Type)a.Value!)
            .Where(t => t.Namespace!.StartsWith("TencentChat.Admin.Client")).Distinct().ToList();
        Assert.Contains(typeof(ChatConversationChange), outputTypes);
        Assert.Contains(typeof(ChatContactGroup), outputTypes);
        Assert.Contains(typeof(ChatUserSigInfo), outputTypes);
        static bool Scalar(Type t)
        {
            t = Nullable.GetUnderlyingType(t) ?? t;
            return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTimeOffset) || t == typeof(TimeSpan)
                   || t == typeof(Uri) || (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ChatValueList<>));
        }
        foreach (var type in outputTypes)
            Assert.All(type.GetProperties(BindingFlags.Public | BindingFlags.Instance), p =>
                Assert.True(Scalar(p.PropertyType), $"{type.Name}.{p.Name} is a {p.PropertyType.Name}, which Export-Csv would write as its type name."));
    }

    [Fact]
    public void Manifest_exports_exactly_the_compiled_cmdlets()
    {
        string manifest = File.ReadAllText(ManifestPath);
        var exported = ExportedCmdletNames(manifest).OrderBy(n => n).ToList();
        Assert.Equal(CmdletTypes.Select(CmdletName).OrderBy(n => n).ToList(), exported);
        Assert.Matches(@"RootModule\s*=\s*'TencentChat\.Admin\.dll'", manifest);
        Assert.Matches(@"PowerShellVersion\s*=\s*'5\.1'", manifest);
        Assert.Matches(@"CompatiblePSEditions\s*=\s*@\('Desktop',\s*'Core'\)", manifest);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Every_cmdlet_that_changes_data_supports_ShouldProcess_with_the_right_ConfirmImpact(string name)
    {
        var type = CmdletType(name);
        if (!ChangesData(type))
        {
            Assert.False(SupportsShouldProcess(type), $"{name} changes no data, so it must not offer -WhatIf/-Confirm.");
            return;
        }
        Assert.True(SupportsShouldProcess(type), $"{name} changes data but does not declare SupportsShouldProcess.");
        // High for what destroys (a conversation, possibly with its history; a whole group), Medium for what modifies.
        var expected = name is "Remove-ChatConversation" or "Remove-ChatContactGroup" ? ConfirmImpact.High : ConfirmImpact.Medium;
        var declared = Attribute<CmdletAttribute>(type)!.NamedArguments.Any(a => a.MemberName == "ConfirmImpact")
            ? Named<ConfirmImpact>(Attribute<CmdletAttribute>(type)!, "ConfirmImpact")
            : ConfirmImpact.Medium;
        Assert.Equal(expected, declared);
    }

    /// <summary>
    /// -WhatIf must send nothing. Cmdlets cannot run under the PowerShellStandard stub, so this reads the source of
    /// each data-changing cmdlet and its base classes: some class in the chain calls ShouldProcess, and in every file
    /// that hands work to the client (Await), a ShouldProcess gate (ShouldProcess or ConversationCmdlet's
    /// ApprovedConversations) comes first. The Pester tests prove the same with the emulator's request counters.
    /// </summary>
    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Data_changing_cmdlets_ask_ShouldProcess_before_handing_work_to_the_client(string name)
    {
        var type = CmdletType(name);
        if (!ChangesData(type)) return;
        var sources = new List<(string File, string Text)>();
        for (var t = type; t != null && t.Assembly == CmdletAssembly; t = t.BaseType)
        {
            string folder = t.Namespace!.EndsWith(".Commands") ? "Commands" : "Infrastructure";
            string path = Path.Combine(RepoRoot, "src", "TencentChat.Admin", folder, t.Name + ".cs");
            sources.Add((path, File.ReadAllText(path)));
        }
        Assert.Contains(sources, s => s.Text.Contains("ShouldProcess("));
        foreach (var (file, text) in sources.Where(s => s.Text.Contains("Await(")))
        {
            int gate = new[] { text.IndexOf("ShouldProcess(", StringComparison.Ordinal), text.IndexOf("ApprovedConversations(", StringComparison.Ordinal) }
                .Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
            Assert.True(gate < text.IndexOf("Await(", StringComparison.Ordinal), $"{file} hands work to the client before asking ShouldProcess.");
        }
    }

    /// <summary>
    /// Verbs that change data. New-ChatUserSig is the exception: it signs locally and changes nothing on the server,
    /// so -WhatIf would have nothing to prevent.
    /// </summary>
    private static bool ChangesData(Type type) =>
        new[] { "New", "Set", "Remove", "Add", "Rename", "Clear", "Update", "Move" }.Contains(Verb(type)) && CmdletName(type) != "New-ChatUserSig";

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Every_api_cmdlet_takes_a_Session(string name)
    {
        var type = CmdletType(name);
        if (type.IsSubclassOf(typeof(TencentChat.Admin.Infrastructure.ChatApiCmdlet)))
            Assert.Contains(Parameters(type), p => p.Name == "Session" && p.Property.PropertyType == typeof(ChatSession));
    }

    [Fact]
    public void Connect_has_one_parameter_set_per_way_of_holding_credentials()
    {
        var parameters = Parameters(CmdletType("Connect-ChatAdmin"));
        var sets = parameters.Select(p => p.SetName).Where(s => s != "__AllParameterSets").ToHashSet();
        Assert.Equal(new HashSet<string> { "SecretKey", "Credential", "UserSig", "Environment" }, sets);

        Assert.True(parameters.Single(p => p.Name == "SecretKey").Mandatory);
        Assert.Equal(typeof(System.Security.SecureString), parameters.Single(p => p.Name == "SecretKey").Property.PropertyType);
        Assert.Equal(typeof(PSCredential), parameters.Single(p => p.Name == "Credential").Property.PropertyType);
        Assert.Equal(typeof(System.Security.SecureString), parameters.Single(p => p.Name == "UserSig").Property.PropertyType);
        Assert.All(parameters.Where(p => p.Name == "SdkAppId" && p.SetName != "Environment"), p => Assert.True(p.Mandatory));
        Assert.False(parameters.Single(p => p.Name == "SdkAppId" && p.SetName == "Environment").Mandatory);
        // No secret is ever a plain string parameter.
        Assert.DoesNotContain(parameters, p => p.Property.PropertyType == typeof(string) && (p.Name.Contains("Key") || p.Name.Contains("Sig") || p.Name.Contains("Password")));
        Assert.Equal("Environment", Named<string>(Attribute<CmdletAttribute>(CmdletType("Connect-ChatAdmin"))!, "DefaultParameterSetName"));
    }

    [Fact]
    public void Get_ChatConversation_takes_accounts_by_value_and_by_property_name()
    {
        var account = Parameters(CmdletType("Get-ChatConversation")).Single(p => p.Name == "Account");
        Assert.True(account.Mandatory);
        Assert.True(account.FromPipeline);
        Assert.True(account.FromPipelineByPropertyName);
        Assert.Equal(0, account.Position);
        Assert.Equal(typeof(string[]), account.Property.PropertyType);
        Assert.Contains("From_Account", account.Aliases);
    }

    /// <summary>
    /// Which cmdlet's output (or the CSV of it, whose columns are the same names) pipes into which cmdlet, and which
    /// parameters the user types on the command line in that pipeline (e.g. the group to add conversations to).
    /// </summary>
    public static TheoryData<string, Type, string> PipelinePairs() => new()
    {
        { "Search-ChatContactGroup", typeof(ChatConversation), "" },
        { "Search-ChatContactGroup", typeof(ChatContactGroupRecord), "" },
        { "Search-ChatContactGroup", typeof(ChatConversationChange), "" },
        { "Get-ChatConversation", typeof(ChatConversation), "" },
        { "Get-ChatConversation", typeof(ChatContactGroup), "" },
        { "Remove-ChatConversation", typeof(ChatConversation), "" },
        { "Remove-ChatConversation", typeof(ChatContactGroupRecord), "" },
        { "Set-ChatConversationMark", typeof(ChatConversation), "" },
        { "Set-ChatConversationMark", typeof(ChatContactGroupRecord), "" },
        { "Set-ChatConversationMark", typeof(ChatConversationChange), "" },
        { "Add-ChatContactGroupMember", typeof(ChatConversation), "ContactGroupName" },
        { "Add-ChatContactGroupMember", typeof(ChatContactGroupRecord), "ContactGroupName" },
        { "Add-ChatContactGroupMember", typeof(ChatConversationChange), "" }, // a failed change's TargetObject, retried
        { "Remove-ChatContactGroupMember", typeof(ChatContactGroupRecord), "ContactGroupName" },
        { "Remove-ChatContactGroupMember", typeof(ChatConversation), "ContactGroupName" },
        { "New-ChatContactGroup", typeof(ChatConversation), "Name" },
        { "New-ChatContactGroup", typeof(ChatContactGroupRecord), "Name" },
        { "Get-ChatContactGroup", typeof(ChatConversation), "" },
        { "Get-ChatContactGroupMember", typeof(ChatContactGroup), "" },
        { "Rename-ChatContactGroup", typeof(ChatContactGroup), "NewName" },
        { "Remove-ChatContactGroup", typeof(ChatContactGroup), "" },
    };

    [Theory]
    [MemberData(nameof(PipelinePairs))]
    public void Pipeline_input_binds_by_property_name_from_the_upstream_output(string downstream, Type upstream, string given)
    {
        var parameters = Parameters(CmdletType(downstream));
        var properties = upstream.GetProperties().ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var typed = given.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

        // Some parameter set must have every mandatory parameter either typed by the user or bindable from the upstream object's properties.
        var bindableSets = parameters.GroupBy(p => p.SetName).Where(set =>
            parameters.Where(p => p.SetName == set.Key || p.SetName == "__AllParameterSets").Where(p => p.Mandatory && !typed.Contains(p.Name)).All(p =>
                p.FromPipelineByPropertyName && new[] { p.Name }.Concat(p.Aliases).Any(n =>
                    properties.TryGetValue(n, out var prop) && (p.ElementType.IsAssignableFrom(prop.PropertyType) || p.ElementType == typeof(string)))));
        Assert.NotEmpty(bindableSets);
        // And the identity the upstream object carries really reaches the cmdlet: Account always, the conversation when there is one.
        var bound = parameters.Where(p => p.FromPipelineByPropertyName || p.FromPipeline).Select(p => p.Name).ToHashSet();
        Assert.Contains("Account", bound);
        if (properties.ContainsKey("ConversationId") && bound.Contains("ConversationId"))
            Assert.Contains(parameters, p => p.Name == "ConversationId" && p.FromPipelineByPropertyName);
    }

    [Fact]
    public void Secrets_of_the_UserSig_cmdlets_are_SecureStrings()
    {
        foreach (string name in new[] { "New-ChatUserSig", "ConvertFrom-ChatUserSig" })
        {
            var parameters = Parameters(CmdletType(name));
            Assert.Equal(typeof(System.Security.SecureString), parameters.First(p => p.Name == "SecretKey").Property.PropertyType);
            Assert.DoesNotContain(parameters, p => p.Property.PropertyType == typeof(string) && (p.Name.Contains("Key") || p.Name.Contains("Password")));
        }
        Assert.Contains(Parameters(CmdletType("New-ChatUserSig")), p => p.Name == "AsPlainText" && p.Property.PropertyType == typeof(SwitchParameter));
    }

    [Fact]
    public void Remove_ChatConversation_offers_ClearHistory_and_Force_as_switches()
    {
        var parameters = Parameters(CmdletType("Remove-ChatConversation"));
        Assert.All(new[] { "ClearHistory", "Force", "PassThru" }, n =>
            Assert.Contains(parameters, p => p.Name == n && p.Property.PropertyType == typeof(SwitchParameter) && !p.Mandatory));
    }

    [Fact]
    public void Csv_columns_of_Get_ChatConversation_bind_Search_ChatContactGroup()
    {
        // Import-Csv yields string properties named like the exported columns: the public properties in order.
        var columns = typeof(ChatConversation).GetProperties().Select(p => p.Name).ToList();
        var search = Parameters(CmdletType("Search-ChatContactGroup"));
        foreach (var mandatory in search.Where(p => p.Mandatory && (p.SetName == "ConversationId" || p.SetName == "__AllParameterSets")))
        {
            Assert.True(mandatory.FromPipelineByPropertyName);
            Assert.Contains(mandatory.Name, columns);
            Assert.Equal(typeof(string), mandatory.ElementType);
        }
    }

    [Fact]
    public void Every_error_kind_is_a_PowerShell_ErrorCategory()
    {
        var categories = Enum.GetNames(typeof(ErrorCategory)).ToHashSet();
        Assert.All(Enum.GetNames(typeof(ChatErrorKind)), kind => Assert.Contains(kind, categories));
    }

    [Fact]
    public void Shipped_assemblies_reference_only_what_PowerShell_7_already_has()
    {
        // On PowerShell 7 framework assemblies bind to the runtime's own copies; anything else (Microsoft.Bcl.AsyncInterfaces,
        // say) would have to be loaded from the module folder next to PowerShell's own, which is how conflicts start.
        string runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        var ours = new HashSet<string> { "System.Management.Automation", "TencentChat.Admin.Client" };
        foreach (var assembly in new[] { CmdletAssembly, typeof(ChatSession).Assembly })
        {
            var references = assembly.GetReferencedAssemblies();
            Assert.All(references, r => Assert.True(ours.Contains(r.Name!) || File.Exists(Path.Combine(runtime, r.Name + ".dll")),
                $"{assembly.GetName().Name} references {r.Name}, which is not part of the .NET runtime PowerShell 7 runs on."));
            var json = references.SingleOrDefault(r => r.Name == "System.Text.Json");
            if (json != null) Assert.True(json.Version!.Major <= 8, "System.Text.Json newer than PowerShell 7.4's would load a second copy.");
        }
    }
}
