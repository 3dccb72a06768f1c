using System.Xml.Linq;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>The default views, rendered by Format-Table and Format-List in a runspace as consoles 80 to 250 columns wide show them.</summary>
public sealed class TableViewTests
{
    private const int ConsoleWidth = 120;

    private static List<string> Table(PowerShellScope ps, string script)
    {
        var run = ps.Run($"{script} | Format-Table | Out-String -Width {ConsoleWidth}").ThrowIfFailed();
        return string.Concat(run.Output.Select(o => (string)o.BaseObject))
            .Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
    }

    private static IEnumerable<string> Labels(string typeName) =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "module", "TencentChat.Admin.format.ps1xml")).Descendants("View")
            .Single(v => v.Descendants("TypeName").Single().Value.EndsWith("." + typeName) && v.Element("TableControl") != null)
            .Descendants("Label").Select(l => l.Value);

    /// <summary>The types whose default view is a table, from the format file.</summary>
    public static TheoryData<string, int> TableViewsAtWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (string type in XDocument.Load(Path.Combine(RepoPaths.Root, "module", "TencentChat.Admin.format.ps1xml")).Descendants("View")
            .Where(v => v.Element("TableControl") != null).Select(v => v.Descendants("TypeName").Single().Value))
            foreach (int width in new[] { 80, 250 })
                data.Add(type, width);
        return data;
    }

    private static readonly string LongId = new('u', 32);

    /// <summary>
    /// Every table view with the objects a busy app has: 32-byte UserIDs, conversation IDs and group names of 32 bytes,
    /// long result texts and twelve groups per conversation. At 80 columns as at 250: every column under one whole
    /// header line, one line per object, nothing past the edge; at 250 the last column's ConversationId shows whole.
    /// </summary>
    [Theory]
    [MemberData(nameof(TableViewsAtWidths))]
    public async Task Every_table_view_keeps_its_columns_on_one_line_per_object_at(string typeName, int width)
    {
        await using var ps = await PowerShellScope.StartAsync();
        string realistic = "& { " + OutputSamples.ByType[typeName] + " }" + $$"""
             | ForEach-Object {
                foreach ($p in $_.PSObject.Properties) {
                    if (-not $p.IsSettable) { continue }
                    if ($p.Name -eq 'ConversationId') { $p.Value = 'c2c_{{LongId}}' }
                    elseif ($p.Name -in 'Account', 'UserId', 'Identifier', 'PeerAccount', 'Name', 'ContactGroupName', 'Nickname', 'CustomMark', 'ResultInfo') { $p.Value = '{{LongId}}' }
                    elseif ($p.Value -is [TencentChat.Admin.Client.Models.ChatValueList[string]]) {
                        $p.Value = [TencentChat.Admin.Client.Models.ChatValueList[string]]::new([string[]](1..12 | ForEach-Object { 'group_{0:d4}' -f $_ }))
                    }
                }
                $_
            }
            """;
        int objects = ps.Run($"@({realistic}).Count").ThrowIfFailed().Objects<int>().Single();
        string shortType = typeName[(typeName.LastIndexOf('.') + 1)..];

        var run = ps.Run($"{realistic} | Format-Table | Out-String -Width {width}").ThrowIfFailed();
        var lines = string.Concat(run.Output.Select(o => (string)o.BaseObject))
            .Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();

        Assert.True(objects > 0);
        Assert.All(lines, l => Assert.True(l.Length <= width, $"{l.Length} columns: {l}"));
        Assert.Equal(Labels(shortType), lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches("^-+( +-+)*$", lines[1]);
        Assert.Equal(2 + objects, lines.Count);
        if (width == 250 && Labels(shortType).Last() == "ConversationId")
            Assert.All(lines.Skip(2), l => Assert.EndsWith(" c2c_" + LongId, l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lists_show_as_their_CSV_cell_and_times_as_ISO_8601_UTC_to_the_minute()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var lines = Table(ps, "Get-ChatConversation -Account user_0001 | Select-Object -First 3");

        // The seeded records: user_0003 has marks 111001 (Star, Hide, Bit4, Bit5) and its message at Unix 1772605020;
        // user_0002 is in groups 1 and 2.
        string user0003 = lines.Single(l => l.Contains("c2c_user_0003"));
        Assert.Contains("2026-03-04T06:17Z", user0003);
        Assert.Contains("Star;Hi", user0003);
        Assert.Contains("group_000", lines.Single(l => l.Contains("c2c_user_0002")));
        Assert.DoesNotContain("{", string.Join("\n", lines));
        Assert.DoesNotContain(", ", string.Join("\n", lines));

        var list = string.Concat(ps.Run($"Get-ChatConversation -Account user_0001 | Format-List | Out-String -Width {ConsoleWidth}").ThrowIfFailed().Output.Select(o => (string)o.BaseObject));
        Assert.Contains("Marks             : Unread;Fold;Hide;Bit4;Bit5;Bit6;Bit7", list);
        Assert.Contains("ContactGroupNames : group_0001;group_0002", list);
    }

    /// <summary>
    /// What you see is what you type: a CSV row made of exactly what Format-List shows for a conversation's Marks and
    /// ContactGroupNames, fed to Set-ChatConversation, finds the conversation already as asked and sends no write.
    /// </summary>
    [Fact]
    public async Task A_row_typed_from_the_list_view_changes_nothing()
    {
        await using var ps = await PowerShellScope.StartAsync();
        string shown = string.Concat(ps.Run("Get-ChatConversation -Account user_0001 | Where-Object ConversationId -eq c2c_user_0002 | Format-List | Out-String -Width 250")
            .ThrowIfFailed().Output.Select(o => (string)o.BaseObject));
        string Shown(string label) => shown.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith(label + " ", StringComparison.Ordinal)).Split(" : ", 2)[1];
        string csv = $"Account,ConversationId,Marks,ContactGroupNames\nuser_0001,c2c_user_0002,\"{Shown("Marks")}\",\"{Shown("ContactGroupNames")}\"";

        var run = ps.Run("$csv | ConvertFrom-Csv | Set-ChatConversation -PassThru", new Dictionary<string, object?> { ["csv"] = csv }).ThrowIfFailed();

        Assert.Equal("group_0001;group_0002", Shown("ContactGroupNames"));
        Assert.Empty(run.Errors);
        Assert.False((bool)Assert.Single(run.Output).Properties["Changed"].Value);
        Assert.Equal(0, ps.Emulator.Requests("mark_contact") + ps.Emulator.Requests("create_contact_group") + ps.Emulator.Requests("update_contact_group"));
    }

    /// <summary>A failed Test-ChatConnection says which error and why in its default view, at 80 columns.</summary>
    [Fact]
    public async Task A_failed_connection_test_shows_its_ErrorId_and_reason_at_80_columns()
    {
        await using var ps = await PowerShellScope.StartAsync();
        var failing = ps.Emulator.OpenSession(s => s.SecretKey = ChatSecretKey.FromString("a-key-of-another-app"));

        var run = ps.Run("Test-ChatConnection -Session $failing | Out-String -Width 80", new Dictionary<string, object?> { ["failing"] = failing }).ThrowIfFailed();
        var lines = string.Concat(run.Output.Select(o => (string)o.BaseObject)).Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^ErrorId +: UserSigKeyMismatch$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Message +: .*(key|signature)", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
    }

    /// <summary>Get-ChatConnection, one status object, is a list: whole labels and values at 80 columns as at 120.</summary>
    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public async Task Get_ChatConnection_reads_well_at(int width)
    {
        await using var ps = await PowerShellScope.StartAsync();
        ps.Run("Get-ChatConversation -Account nobody -ErrorAction SilentlyContinue");

        // Get-ChatConnection writes the runspace's session; the test session is the same type.
        var run = ps.Run($"$ChatTestSession | Out-String -Width {width}").ThrowIfFailed();
        var lines = string.Concat(run.Output.Select(o => (string)o.BaseObject)).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();

        Assert.Equal(new[] { "SdkAppId", "Identifier", "Endpoint", "CredentialSource", "Requests", "Retries", "Throttled", "LastErrorCode" },
            lines.Select(l => l.Split(':')[0].Trim()));
        Assert.All(lines, l => Assert.True(l.Length <= width, l));
        Assert.Matches(@"^LastErrorCode +: \d+$", lines[^1]);
    }
}
