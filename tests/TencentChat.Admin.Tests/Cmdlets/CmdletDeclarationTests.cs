using System.Management.Automation;
using System.Reflection;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
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
        if (name == "Test-ChatAccount")
        {
            // -Quiet writes just the bool, as Test-Connection -Quiet does.
            Assert.Equal(new[] { typeof(TencentChat.Admin.Client.Models.ChatAccountCheck), typeof(bool) }, types);
            return;
        }
        if (name == "New-ChatUserSig")
        {
            // A UserSig is a credential: SecureString by default, string only with -AsPlainText (as Get-Secret).
            Assert.Equal(new[] { typeof(System.Security.SecureString), typeof(string) }, types);
            return;
        }
        if (name == "Test-ChatConnection")
        {
            // -Quiet writes only the bool, as Test-Connection -Quiet does.
            Assert.Equal(new[] { typeof(TencentChat.Admin.Client.Connection.ChatConnectionTest), typeof(bool) }, types);
            return;
        }
        if (name == "Invoke-ChatApi")
        {
            // Tencent's answer as ConvertFrom-Json makes it (PSCustomObject), or with -Raw its JSON text.
            Assert.Equal(new[] { typeof(PSObject), typeof(string) }, types);
            return;
        }
        Assert.All(types, t =>
        {
            Assert.True(t.IsClass && t.IsPublic, $"{t} is not a public class");
            Assert.StartsWith("TencentChat.Admin.Client", t.Namespace);
        });
    }

    /// <summary>Which cmdlets offer -WhatIf and -Confirm; what they do with them (and their ConfirmImpact) ShouldProcessTests runs.</summary>
    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Only_the_cmdlets_that_change_data_support_ShouldProcess(string name) =>
        Assert.Equal(ChangesData(CmdletType(name)), SupportsShouldProcess(CmdletType(name)));

    /// <summary>
    /// Verbs that change data. New-ChatUserSig is the exception: it signs locally and changes nothing on the server,
    /// so -WhatIf would have nothing to prevent. Disconnect-ChatUser signs a user out on the server; Disconnect-ChatAdmin
    /// only forgets the module's own session. Invoke-ChatApi may send any command, writes included. Send-ChatGroup* deliver
    /// messages and Import-ChatGroup creates groups; Export-ChatGroup only reads the server (it writes local files, as Export-Csv).
    /// </summary>
    private static bool ChangesData(Type type) =>
        (new[] { "New", "Set", "Remove", "Add", "Rename", "Clear", "Update", "Move", "Block", "Unblock", "Send", "Import" }.Contains(Verb(type)) && CmdletName(type) != "New-ChatUserSig")
        || CmdletName(type) == "Disconnect-ChatUser" || CmdletName(type) == "Invoke-ChatApi";

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
