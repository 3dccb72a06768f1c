using System.Xml.Linq;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>The default table views, rendered by Format-Table in a runspace as a console 120 columns wide shows them.</summary>
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

    [Theory]
    [InlineData("ChatConversation", "Get-ChatConversation -Account user_0001")]
    [InlineData("ChatContactGroupRecord", "Get-ChatConversation -Account user_0001 | Search-ChatContactGroup")]
    [InlineData("ChatContactGroup", "Get-ChatContactGroup -Account user_0001")]
    [InlineData("ChatConversationChange", "Add-ChatContactGroupMember -Account user_0001 -PeerAccount user_0004, user_0005 -ContactGroupName group_0002 -PassThru")]
    [InlineData("ChatUserSigInfo", "New-ChatUserSig -UserId user_0001 | ConvertFrom-ChatUserSig")]
    [InlineData("ChatAccountChange", "New-ChatAccount -UserId new_0001, new_0002 -Nickname 'Mei Lin'")]
    [InlineData("ChatAccountCheck", "Test-ChatAccount -UserId user_0001, nobody")]
    [InlineData("ChatOnlineStatus", "Get-ChatOnlineStatus -UserId user_0001, user_0002 -Detail")]
    public async Task Every_view_fits_120_columns_with_whole_headers_and_one_line_per_object(string typeName, string script)
    {
        await using var ps = await PowerShellScope.StartAsync();
        int objects = ps.Run($"@({script}).Count").ThrowIfFailed().Objects<int>().Single();

        var lines = Table(ps, script);

        Assert.All(lines, l => Assert.True(l.Length <= ConsoleWidth, $"{l.Length} columns: {l}"));
        Assert.Equal(Labels(typeName), lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2 + objects, lines.Count);
    }

    [Fact]
    public async Task Lists_show_comma_separated_and_times_as_ISO_8601_UTC()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var lines = Table(ps, "Get-ChatConversation -Account user_0001 | Select-Object -First 3");

        // The seeded records: user_0003 has marks 111001 (Star, Hide, Bit4, Bit5) and its message at Unix 1772605020;
        // user_0002 is in groups 1 and 2.
        string user0003 = lines.Single(l => l.Contains("c2c_user_0003"));
        Assert.Contains("2026-03-04T06:17:00Z", user0003);
        Assert.Contains("Star, Hide, Bit4", user0003);
        Assert.Contains("group_0001, group", lines.Single(l => l.Contains("c2c_user_0002")));
        Assert.DoesNotContain("{", string.Join("\n", lines));
    }

    private const string LongUserId = "a_user_id_of_28_characters_x";

    /// <summary>
    /// Real UserIDs run to 32 bytes: with 28-character ones the identifying columns, the times and the headers stay whole
    /// at 120 columns (what does not fit is cut at the right, Marks first), and Format-List shows every list in full.
    /// </summary>
    [Theory]
    [InlineData("Get-ChatConversation -Account user_0001", "LastMessageTime", "2026-03-04T06:17:00Z")]
    [InlineData("Get-ChatConversation -Account user_0001 | Search-ChatContactGroup", "LastUpdateTime", "2026-04-03T11:50:00Z")]
    public async Task Long_UserIDs_and_times_show_whole(string script, string timeColumn, string time)
    {
        await using var ps = await PowerShellScope.StartAsync();
        string longIds = $"$items = @({script}); foreach ($i in $items) {{ $i.Account = '{LongUserId}'; if ($i.ConversationId -like 'c2c_*') {{ $i.ConversationId = 'c2c_{LongUserId}' }} }}; $items";
        Assert.Equal(28, LongUserId.Length);

        var lines = Table(ps, longIds);

        Assert.All(lines, l => Assert.True(l.Length <= ConsoleWidth, $"{l.Length} columns: {l}"));
        Assert.Equal(new[] { "Account", "ConversationId" }, lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
        Assert.Contains(timeColumn, lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(lines, l => l.StartsWith(LongUserId + " c2c_" + LongUserId + " ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" " + time + " ", StringComparison.Ordinal) || l.EndsWith(" " + time, StringComparison.Ordinal));

        var list = string.Concat(ps.Run($"{script} | Format-List | Out-String -Width {ConsoleWidth}").ThrowIfFailed().Output.Select(o => (string)o.BaseObject));
        Assert.Contains("Marks             : Unread, Fold, Hide, Bit4, Bit5, Bit6, Bit7", list);
        Assert.Contains("ContactGroupNames : group_0001, group_0002", list);
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
