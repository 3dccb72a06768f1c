using System.Management.Automation;
using System.Text.RegularExpressions;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>
/// Export-Csv of every output type: one column per property, each cell a plain value that Import-Csv and
/// PowerShell's own conversion turn back into the value it came from (lists as "a;b" with "\;" inside a name, times to the second).
/// </summary>
public sealed class ExportCsvTests(SharedPowerShellScope shared) : IClassFixture<SharedPowerShellScope>
{
    // What Export-Csv writes for an object it cannot render: its type name (System.Collections.Generic.List`1[...] etc.).
    private static readonly Regex TypeName = new(@"\b(System|TencentChat|Microsoft)\.\w+|`\d|\[\]");

    [Theory]
    [MemberData(nameof(OutputSamples.TypeNames), MemberType = typeof(OutputSamples))]
    public void Every_cell_is_a_plain_value_that_reads_back_as_the_property(string typeName)
    {
        var ps = shared.Reset();
        string csv = Path.Combine(Path.GetTempPath(), $"tencentchat-export-{Guid.NewGuid():N}.csv");
        try
        {
            var objects = ps.Run($"$objects = @({OutputSamples.ByType[typeName]}); $objects | Export-Csv -LiteralPath $csv -NoTypeInformation; $objects",
                new Dictionary<string, object?> { ["csv"] = csv }).ThrowIfFailed().Output;
            var rows = ps.Run("Import-Csv -LiteralPath $csv").ThrowIfFailed().Output;

            Assert.NotEmpty(objects);
            Assert.All(objects, o => Assert.Equal(typeName, o.BaseObject.GetType().FullName));
            Assert.DoesNotMatch(TypeName, File.ReadAllText(csv));
            var properties = objects[0].BaseObject.GetType().GetProperties().Select(p => p.Name).ToList();
            Assert.Equal(properties, rows[0].Properties.Select(p => p.Name));
            Assert.Equal(objects.Count, rows.Count);
            foreach (var (value, row) in objects.Zip(rows))
                foreach (string property in properties)
                    AssertReadsBack(value.Properties[property].Value, (string)row.Properties[property].Value, $"{typeName}.{property}");
        }
        finally
        {
            File.Delete(csv);
        }
    }

    /// <summary>No marks and no custom mark are written alike: both cells "" (not one quoted and one bare).</summary>
    [Theory]
    [InlineData("Get-ChatConversation user_0001")]
    [InlineData("Get-ChatConversation user_0001 | Search-ChatContactGroup")]
    public void An_empty_custom_mark_is_written_as_an_empty_standard_mark_is(string script)
    {
        var ps = shared.Reset();

        var lines = ps.Run($"{script} | ConvertTo-Csv -NoTypeInformation").ThrowIfFailed().Objects<string>();

        var columns = lines[0].Split(',').Select(c => c.Trim('"')).ToList();
        int standard = columns.IndexOf("StandardMark"), custom = columns.IndexOf("CustomMark");
        // The seed's conversations are plain ids and marks, so splitting on commas is safe here.
        var unmarked = lines.Skip(1).Select(l => l.Split(',')).Where(cells => cells[standard] == "\"\"").ToList();
        Assert.NotEmpty(unmarked);
        Assert.All(unmarked.Where(cells => cells[custom].Trim('"').Length == 0), cells => Assert.Equal("\"\"", cells[custom]));
        Assert.Contains(unmarked, cells => cells[custom] == "\"\"");
    }

    private static void AssertReadsBack(object? value, string cell, string column)
    {
        switch (value)
        {
            case null:
                Assert.True(cell == "", $"{column}: null written as '{cell}'");
                break;
            case System.Collections.IDictionary dictionary:
                // A dictionary (ChatUserProfile.Custom) writes its own text form, JSON, which its twin property (CustomJson) reads back.
                Assert.Equal(dictionary.ToString(), cell);
                break;
            case System.Collections.IEnumerable list and not string:
                Assert.Equal(list.Cast<object>().Select(v => v.ToString()), ChatValueListText.Parse(cell));
                break;
            case bool flag:
                // PowerShell would read any non-empty text as $true: the cell must be the literal True or False.
                Assert.Equal(flag, bool.Parse(cell));
                break;
            case DateTimeOffset time:
                // The time format may change; it must stay readable and exact to the second.
                var read = LanguagePrimitives.ConvertTo<DateTimeOffset>(cell);
                Assert.True(Math.Abs((read - time).TotalSeconds) < 1, $"{column}: '{cell}' reads back as {read:O}, not {time:O}");
                break;
            default:
                Assert.True(Equals(value, LanguagePrimitives.ConvertTo(cell, value.GetType())), $"{column}: '{cell}' does not read back as {value}");
                break;
        }
    }
}
