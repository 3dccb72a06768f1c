using System.Text.Json;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets.Messages;

/// <summary>Get-/Save-ChatMessageArchive in a real runspace against the emulator (which serves the current hour at once).</summary>
public sealed class MessageArchiveCmdletTests
{
    [Fact]
    public async Task Archives_of_the_hour_pipe_to_Save_verified_and_expand_to_the_messages_sent_in_that_hour()
    {
        await using var ps = await PowerShellScope.StartAsync();
        string directory = Path.Combine(Path.GetTempPath(), "chat-archives-" + Guid.NewGuid().ToString("N"));
        try
        {
            ps.Run("1..3 | ForEach-Object { Send-ChatMessage -From user_0001 -To user_0002 -Text \"note $_\" }").ThrowIfFailed();

            var listed = ps.Run("Get-ChatMessageArchive -After (Get-Date)").ThrowIfFailed().Objects<ChatMessageArchive>();
            var archive = Assert.Single(listed);
            Assert.Equal("C2C", archive.ChatType);
            Assert.Equal(TimeSpan.FromHours(8), archive.Hour.Offset);

            var run = ps.Run("Get-ChatMessageArchive -After (Get-Date) | Save-ChatMessageArchive -Path $dir -Expand",
                new Dictionary<string, object?> { ["dir"] = directory }).ThrowIfFailed();
            var saved = Assert.Single(run.Objects<ChatMessageArchiveFile>());
            Assert.True(saved.Verified);
            Assert.Equal(3, saved.MessageCount);
            Assert.Equal(new[] { "note 1", "note 2", "note 3" }, File.ReadAllLines(saved.ExpandedPath!)
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("MsgBody")[0].GetProperty("MsgContent").GetProperty("Text").GetString()).Order());
            Assert.Equal(2, ps.Emulator.Requests("get_history"));

            // The range form lists and saves by itself; a rerun replaces the file.
            var direct = ps.Run("Save-ChatMessageArchive -After (Get-Date) -Path $dir", new Dictionary<string, object?> { ["dir"] = directory }).ThrowIfFailed();
            Assert.Equal(saved.Path, Assert.Single(direct.Objects<ChatMessageArchiveFile>()).Path);
            Assert.Equal(2, Directory.GetFiles(directory).Length);
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_reversed_range_is_an_ErrorRecord_before_any_request_and_an_empty_recent_hour_warns()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var range = ps.Run("Get-ChatMessageArchive -After (Get-Date) -Before (Get-Date).AddHours(-2)");
        Assert.Equal("InvalidMessageTime", range.TerminatingRecord!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.NotNull(ps.Run("Get-ChatMessageArchive -ChatType Private").TerminatingRecord);
        var saveRange = ps.Run("Save-ChatMessageArchive -After (Get-Date) -Before (Get-Date).AddHours(-3) -Path nowhere");
        Assert.Equal("InvalidMessageTime", saveRange.TerminatingRecord!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(0, ps.Emulator.AllRequests);

        var empty = ps.Run("Get-ChatMessageArchive Group -After (Get-Date) -WarningVariable w -WarningAction SilentlyContinue; $w").ThrowIfFailed();
        Assert.Contains("cannot tell which", Assert.Single(empty.Output).ToString());
        Assert.Empty(empty.Errors);
    }
}
