using System.Management.Automation;
using System.Text.RegularExpressions;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>Times in Export-Csv files, written under different cultures as admins' machines are set up.</summary>
public sealed class CsvTimeTests
{
    private static readonly Regex IsoUtc = new(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$");

    // Exports under the culture, then reads the file back under the same culture and checks every ISO cell reads back
    // as the exported DateTimeOffset with a plain [DateTimeOffset] cast.
    private const string ExportUnder = """
        param($Culture, $Path, $Command, $TimeProperty)
        $saved = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = $Culture
            $exported = @(& ([scriptblock]::Create($Command)))
            $exported | Export-Csv -Path $Path -NoTypeInformation -Encoding UTF8
            $rows = @(Import-Csv -Path $Path)
            for ($i = 0; $i -lt $rows.Count; $i++) {
                $time = $exported[$i].PSObject.Properties[$TimeProperty].Value
                $text = $rows[$i].($TimeProperty + 'Iso')
                if ($time -and [DateTimeOffset]$text -ne $time) { throw "row $i read back as $([DateTimeOffset]$text), exported $time" }
                if (-not $time -and $text) { throw "row $i has no time but its text is '$text'" }
            }
            $rows
        }
        finally { [cultureinfo]::CurrentCulture = $saved }
        """;

    private static DateTimeOffset Parse(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Get-ChatConversation -Account user_0001", "LastMessageTime")]
    [InlineData("Get-ChatConversation -Account user_0001 | Search-ChatContactGroup", "LastUpdateTime")]
    public async Task The_ISO_column_is_the_same_under_en_US_and_de_DE_and_reads_back(string command, string timeProperty)
    {
        await using var ps = await PowerShellScope.StartAsync();
        string directory = Directory.CreateTempSubdirectory("tencentchat-csv-").FullName;
        try
        {
            var byCulture = new Dictionary<string, IReadOnlyList<PSObject>>();
            foreach (string culture in new[] { "en-US", "de-DE" })
            {
                var run = ps.Run($"& {{ {ExportUnder} }} -Culture {culture} -Path $path -Command $command -TimeProperty $timeProperty", new Dictionary<string, object?>
                {
                    ["path"] = Path.Combine(directory, culture + ".csv"),
                    ["command"] = command,
                    ["timeProperty"] = timeProperty,
                });
                run.ThrowIfFailed();
                byCulture[culture] = run.Output;
            }

            List<string> Column(string culture, string name) => byCulture[culture].Select(r => (string)r.Properties[name].Value).ToList();
            var iso = Column("en-US", timeProperty + "Iso");
            Assert.Equal(iso, Column("de-DE", timeProperty + "Iso"));
            Assert.Contains(iso, t => t.Length > 0);
            Assert.All(iso.Where(t => t.Length > 0), t => Assert.Matches(IsoUtc, t));
            // Sorted as text, the column is in time order.
            var times = iso.Where(t => t.Length > 0).ToList();
            Assert.Equal(times.OrderBy(Parse), times.OrderBy(t => t, StringComparer.Ordinal));
            // The culture really was in effect: the typed column's text differs between the two files.
            Assert.NotEqual(Column("en-US", timeProperty), Column("de-DE", timeProperty));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
