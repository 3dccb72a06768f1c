using System.Management.Automation;
using System.Text.RegularExpressions;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Infrastructure;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Reliability;

/// <summary>docs/errors.md cannot go stale: every ErrorId the source can raise has a row, and the Tencent-code rows are ChatErrorCatalog's.</summary>
public class ErrorIdDocumentationTests
{
    private static readonly string Root = RepoPaths.Root;
    private static readonly string Doc = File.ReadAllText(Path.Combine(Root, "docs", "errors.md"));
    private static readonly string AboutTopic = File.ReadAllText(Path.Combine(Root, "module", "en-US", "about_TencentChat.Admin.help.txt"));

    // The constructors that take an ErrorId first, and the cmdlet layer's own ErrorRecords ("NotConnected", ErrorCategory.X).
    private static readonly Regex Raised = new(@"(?:ChatInputException|ChatProtocolException|ChatTransportException|ChatErrorDefinition)\(\s*""(\w+)""|""(\w+)"",\s*ErrorCategory\.");

    public static TheoryData<string> SourceErrorIds() => new(ScanIds());

    private static IEnumerable<string> ScanIds()
    {
        var ids = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}TencentChat.Emulator{Path.DirectorySeparatorChar}"))
            .SelectMany(f => Raised.Matches(File.ReadAllText(f)))
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        return ids.Concat(ChatErrorCatalog.Entries.Select(e => e.ErrorId)).Distinct().OrderBy(id => id, StringComparer.Ordinal);
    }

    [Fact]
    public void The_scan_finds_the_ids_of_every_layer() =>
        Assert.Superset(new HashSet<string> { "InvalidAccount", "InvalidResponse", "ConnectionFailed", "TencentError", "NotConnected", "UnexpectedError", "Throttled" },
            ScanIds().ToHashSet());

    [Theory]
    [MemberData(nameof(SourceErrorIds))]
    public void Every_ErrorId_raised_in_the_source_has_a_row_in_docs_errors_md(string errorId) =>
        Assert.True(Regex.IsMatch(Doc, $@"^\| `{errorId}` \|", RegexOptions.Multiline), $"docs/errors.md has no row for `{errorId}`");

    /// <summary>Admins at a prompt read the table through Get-Help about_TencentChat.Admin, where each ErrorId heads an entry.</summary>
    [Theory]
    [MemberData(nameof(SourceErrorIds))]
    public void Every_ErrorId_raised_in_the_source_is_in_the_about_help_topic(string errorId) =>
        Assert.True(Regex.IsMatch(AboutTopic, $@"^    {errorId} \(\w+", RegexOptions.Multiline), $"about_TencentChat.Admin.help.txt has no entry for {errorId}");

    /// <summary>The Tencent-code table is ChatErrorCatalog.Entries, one row per ErrorId; the message shows the row to paste.</summary>
    [Fact]
    public void The_Tencent_code_rows_are_generated_from_the_catalogue()
    {
        var expected = ChatErrorCatalog.Entries.GroupBy(e => e.ErrorId).Select(g =>
            $"| `{g.Key}` | {g.First().Kind} | {string.Join(", ", g.Select(e => e.Code))} | {(g.First().Retried ? "yes" : "no")} | {g.First().Advice} |").ToList();
        var missing = expected.Where(row => !Doc.Contains(row + "\n", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "docs/errors.md lacks these generated rows:\n" + string.Join("\n", missing));
    }

    /// <summary>The ErrorIds of docs/errors.md's tables (from the Tencent codes on; the first table lists exception types).</summary>
    public static TheoryData<string> DocumentedErrorIds() =>
        new(Regex.Matches(Doc[Doc.IndexOf("## Tencent error codes", StringComparison.Ordinal)..], @"^\| `(\w+)` \|", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Distinct());

    /// <summary>
    /// Walks the catalogue: every documented ErrorId carries advice at run time, in the ErrorRecord the cmdlets write
    /// (ErrorRecords.From takes a client exception's RecommendedAction, which its ErrorId's advice fills).
    /// </summary>
    [Theory]
    [MemberData(nameof(DocumentedErrorIds))]
    public void Every_documented_ErrorId_has_a_RecommendedAction_at_run_time(string errorId)
    {
        ErrorRecord record = errorId switch
        {
            "NotConnected" => ErrorRecords.NotConnected(),
            "UnexpectedError" => ErrorRecords.Unexpected(new NullReferenceException(), "Object reference not set to an instance of an object."),
            "ConfirmationRequired" => ErrorRecords.ConfirmationRequired(new PSInvalidOperationException("NonInteractive"), "Delete?", "-Confirm:$false", null),
            _ => ErrorRecords.From(new ChatInputException(errorId, "A failure.")),
        };

        Assert.Equal(errorId, record.FullyQualifiedErrorId);
        Assert.False(string.IsNullOrWhiteSpace(record.ErrorDetails?.RecommendedAction), $"{errorId} has no RecommendedAction");
    }

    /// <summary>A wrong endpoint is the admin's to fix, never "a module bug".</summary>
    [Theory]
    [InlineData(60002)]
    [InlineData(60009)]
    [InlineData(60012)]
    public void URL_errors_name_the_endpoint_not_a_module_bug(int code)
    {
        var failure = ChatErrorCatalog.Failure("get_list", code, "No such API", null);

        Assert.Equal("WrongEndpoint", failure.ErrorId);
        Assert.True(failure.IsSessionWide);
        Assert.Contains("-Endpoint", failure.RecommendedAction);
        Assert.DoesNotContain("bug", failure.RecommendedAction);
    }
}
