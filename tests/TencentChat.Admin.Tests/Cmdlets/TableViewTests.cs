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
            .Single(v => v.Descendants("TypeName").Single().Value.EndsWith("." + typeName))
            .Descendants("Label").Select(l => l.Value);

    [Theory]
    [InlineData("ChatConversation", "Get-ChatConversation -Account user_0001")]
    [InlineData("ChatContactGroupRecord", "Get-ChatConversation -Account user_0001 | Search-ChatContactGroup")]
    [InlineData("ChatContactGroup", "Get-ChatContactGroup -Account user_0001")]
    [InlineData("ChatConversationChange", "Add-ChatContactGroupMember -Account user_0001 -PeerAccount user_0004, user_0005 -ContactGroupName group_0002 -PassThru")]
    [InlineData("ChatSession", "$ChatTestSession")]
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
        // user_0002 is in groups 1 and 2. Columns too narrow for a whole list end in an ellipsis.
        Assert.Contains("2026-03-04T06:17:00Z Star, Hide, Bit4", lines.Single(l => l.Contains("c2c_user_0003")));
        Assert.Contains("group_0001, group", lines.Single(l => l.Contains("c2c_user_0002")));
        Assert.DoesNotContain("{", string.Join("\n", lines));
    }
}
