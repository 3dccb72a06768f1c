using System.Management.Automation;
using System.Text.RegularExpressions;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>The imported module's format file gives every output type a table view of its real properties.</summary>
public sealed class FormatViewTests(SharedPowerShellScope shared) : IClassFixture<SharedPowerShellScope>
{
    [Theory]
    [MemberData(nameof(OutputSamples.TypeNames), MemberType = typeof(OutputSamples))]
    public void The_table_view_shows_properties_the_objects_have(string typeName)
    {
        var ps = shared.Reset();

        var objects = ps.Run(OutputSamples.ByType[typeName]).ThrowIfFailed().Output;
        var definition = Assert.Single(ps.Run("Get-FormatData -TypeName $type", new Dictionary<string, object?> { ["type"] = typeName })
            .ThrowIfFailed().Objects<ExtendedTypeDefinition>());
        // The default (first) view is a table, except for the one status object of Get-ChatConnection; list views follow.
        var controls = definition.FormatViewDefinition.Select(v => v.Control).ToList();
        foreach (var list in controls.OfType<ListControl>())
            AssertReadsRealProperties(Assert.Single(list.Entries).Items.Select(i => (i.DisplayEntry, i.Label ?? i.DisplayEntry.Value)), ps, typeName);
        if (controls[0] is ListControl) return;
        var table = Assert.IsType<TableControl>(controls[0]);
        var columns = Assert.Single(table.Rows).Columns.Select(c => c.DisplayEntry).ToList();
        string rendered = string.Concat(ps.Run("$objects | Format-Table | Out-String -Width 400", new Dictionary<string, object?> { ["objects"] = objects })
            .ThrowIfFailed().Output);

        Assert.NotEmpty(objects);
        Assert.Equal(columns.Count, table.Headers.Count);
        foreach (var (entry, label) in columns.Zip(table.Headers.Select(h => h.Label)))
        {
            // A column is a property whose name holds its label (Pinned for IsPinned, where the whole name would not fit
            // at 80 columns), or a script block (a list as its cell text, a time as ISO text) that reads the column's
            // property or its twin (LastMessageTime -> LastMessageTimeIso), and only real properties.
            var read = entry.ValueType == DisplayEntryValueType.Property
                ? new List<string> { entry.Value }
                : Regex.Matches(entry.Value, @"\$_\.(\w+)").Select(m => m.Groups[1].Value).ToList();
            Assert.Contains(read, r => r.Contains(label, StringComparison.Ordinal));
            Assert.All(read, r => Assert.All(objects, o => Assert.NotNull(o.Properties[r])));
        }
        string header = rendered.Split('\n').First(line => line.Trim().Length > 0);
        Assert.All(table.Headers, h => Assert.Contains(h.Label, header));
    }

    /// <summary>Each list item is a property of its label's name, or a script block over that property or its twin, and only real properties.</summary>
    private static void AssertReadsRealProperties(IEnumerable<(DisplayEntry Entry, string Label)> items, PowerShellScope ps, string typeName)
    {
        var objects = ps.Run(OutputSamples.ByType[typeName]).ThrowIfFailed().Output;
        foreach (var (entry, label) in items)
        {
            var read = entry.ValueType == DisplayEntryValueType.Property
                ? new List<string> { entry.Value }
                : Regex.Matches(entry.Value, @"\$_\.(\w+)").Select(m => m.Groups[1].Value).ToList();
            Assert.Contains(read, r => r.Contains(label, StringComparison.Ordinal));
            Assert.All(read, r => Assert.All(objects, o => Assert.NotNull(o.Properties[r])));
        }
    }
}
