using System.Text.Json;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Messages;

/// <summary>The chat-log archives (get_history, message spec §3.10) over real loopback HTTP against the emulator.</summary>
public class MessageArchiveTests
{
    private static readonly DateTimeOffset ThisHour = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3600 * 3600);

    private static Task<ChatMessageReceipt> Import(ChatSession session, string from, string to, DateTimeOffset time, string text, uint seq) =>
        MessageWrites.ImportAsync(session, new ChatImportItem(from, to, time, ChatMessageBody.FromText(text)) { MsgSeq = seq, MsgRandom = seq }, historical: true,
            TestSessions.Log(session), default);

    private static string TempDirectory() => Path.Combine(Path.GetTempPath(), "chat-archives-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_range_covers_each_overlapping_hour_once_at_Beijing_time_and_a_reversed_range_is_refused()
    {
        var after = new DateTimeOffset(2026, 12, 7, 23, 59, 0, TimeSpan.Zero);
        var hours = MessageArchives.Hours(after, after.AddHours(1)).ToList();

        Assert.Equal(new[] { "2026120807", "2026120808" }, hours.Select(MessageArchives.MsgTimeOf));
        Assert.All(hours, h => Assert.Equal(TimeSpan.FromHours(8), h.Offset));
        Assert.Single(MessageArchives.Hours(after, after));
        Assert.Single(MessageArchives.Hours(hours[1], hours[1].AddHours(1)));
        Assert.Equal("InvalidMessageTime", Assert.Throws<ChatInputException>(() => MessageArchives.Hours(after, after.AddSeconds(-1))).ErrorId);
        Assert.Equal("InvalidArchiveRequest", Assert.Throws<ChatInputException>(() => MessageArchives.CheckChatType("Private")).ErrorId);
    }

    [Fact]
    public async Task An_hours_file_downloads_verified_and_expands_to_the_messages_sent_in_that_hour()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        await Import(session, "user_0001", "user_0002", ThisHour.AddMinutes(-5), "the hour before", 1);
        await Import(session, "user_0001", "user_0002", ThisHour, "first", 2);
        await Import(session, "user_0003", "user_0001", ThisHour.AddSeconds(1), "second", 3);
        string directory = TempDirectory();
        try
        {
            ChatMessageArchive archive = Assert.Single(await MessageArchives.GetHourAsync(session, "c2c", ThisHour, TestSessions.Log(session), default));
            Assert.Equal(("C2C", ThisHour, MessageArchives.MsgTimeOf(ThisHour)), (archive.ChatType, archive.Hour, archive.MsgTime));
            Assert.Equal(ThisHour.UtcDateTime.ToString("yyyy-MM-dd'T'HH':'mm':'ss'Z'"), archive.HourIso);
            Assert.True(archive.ExpireTime > DateTimeOffset.UtcNow);
            Assert.Equal(1, emulator.Requests("get_history"));

            ChatMessageArchiveFile saved = await MessageArchives.SaveAsync(session, archive, directory, expand: true, default);

            Assert.True(saved.Verified);
            Assert.Equal(Path.Combine(directory, "C2C-" + archive.MsgTime + ".gz"), saved.Path);
            Assert.Equal(archive.GzipSize, saved.Bytes);
            Assert.Equal(new FileInfo(saved.Path).Length, saved.Bytes);
            Assert.Equal(2, saved.MessageCount);
            string[] lines = File.ReadAllLines(saved.ExpandedPath!);
            Assert.Equal(new[] { "first", "second" },
                lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("MsgBody")[0].GetProperty("MsgContent").GetProperty("Text").GetString()));
            Assert.Equal(ThisHour.AddSeconds(1).ToUnixTimeSeconds(), JsonDocument.Parse(lines[1]).RootElement.GetProperty("MsgTimestamp").GetInt64());
            Assert.Equal(new[] { saved.Path, saved.ExpandedPath }.OrderBy(p => p), Directory.GetFiles(directory).OrderBy(p => p));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_checksum_mismatch_or_a_dead_URL_fails_the_file_with_it_as_target_and_leaves_no_partial_file()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        await Import(session, "user_0001", "user_0002", ThisHour, "hello", 1);
        string directory = TempDirectory();
        try
        {
            ChatMessageArchive archive = Assert.Single(await MessageArchives.GetHourAsync(session, "C2C", ThisHour, TestSessions.Log(session), default));
            archive.FileMD5 = new string('0', 32);
            var mismatch = await Assert.ThrowsAsync<ChatProtocolException>(() => MessageArchives.SaveAsync(session, archive, directory, expand: true, default));
            Assert.Equal(("ArchiveChecksumMismatch", (object)archive), (mismatch.ErrorId, mismatch.Target!));
            Assert.Contains("FileMD5", mismatch.Message);
            Assert.Empty(Directory.GetFiles(directory));

            archive.Url = new Uri(emulator.Host.BaseAddress, "_emulator/archives/gone.gz").ToString();
            var dead = await Assert.ThrowsAsync<ChatProtocolException>(() => MessageArchives.SaveAsync(session, archive, directory, expand: false, default));
            Assert.Equal(("ArchiveDownloadFailed", (object)archive), (dead.ErrorId, dead.Target!));
            Assert.Contains("HTTP 404", dead.Message);
            Assert.Empty(Directory.GetFiles(directory));

            archive.Url = "file:///etc/passwd";
            Assert.Equal("InvalidArchiveUrl", (await Assert.ThrowsAsync<ChatInputException>(() => MessageArchives.SaveAsync(session, archive, directory, false, default))).ErrorId);
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_1004_for_a_recent_hour_is_a_warning_that_says_it_cannot_tell_and_for_an_older_hour_means_no_files()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);

        Assert.Empty(await MessageArchives.GetHourAsync(session, "Group", ThisHour, log, default));
        var warnings = Drain(log).Where(l => l.Level == ChatLogLevel.Warning).Select(l => l.Text).ToList();
        Assert.Contains("cannot tell which", Assert.Single(warnings));
        Assert.Contains(MessageArchives.MsgTimeOf(ThisHour), warnings[0]);

        Assert.Empty(await MessageArchives.GetHourAsync(session, "C2C", ThisHour.AddHours(-3), log, default));
        var older = Drain(log);
        Assert.DoesNotContain(older, l => l.Level == ChatLogLevel.Warning);
        Assert.Contains(older, l => l.Level == ChatLogLevel.Verbose && l.Text.Contains("no messages that hour"));
        Assert.Equal(2, emulator.Requests("get_history"));
    }

    private static List<(ChatLogLevel Level, string Text)> Drain(ChatLog log)
    {
        var lines = new List<(ChatLogLevel, string)>();
        while (log.TryTake(out ChatLogLevel level, out string text)) lines.Add((level, text));
        return lines;
    }
}
