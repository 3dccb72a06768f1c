using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Messages;

/// <summary>open_msg_svc/get_history over raw HTTP (message spec §3.10): Beijing hours, the file fields, the line format, 1004 and 1005.</summary>
public sealed class MessageArchiveTests : IAsyncLifetime
{
    // 2026-12-08 00:30 UTC = 2026-12-08 08:30 Beijing time: its hour is "2026120808".
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 0, 30, 0, TimeSpan.Zero);
    private DateTimeOffset _now = Now;
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync(new EmulatorOptions { Clock = () => _now });

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private Task<JsonElement> Import(string from, string to, DateTimeOffset time, int seq, string text) =>
        _api.PostAsync("importmsg", $$$"""{"SyncFromOldSystem":2,"From_Account":"{{{from}}}","To_Account":"{{{to}}}","MsgSeq":{{{seq}}},"MsgRandom":{{{seq}}},"MsgTimeStamp":{{{time.ToUnixTimeSeconds()}}},"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"{{{text}}}"}}]}""");

    private Task<JsonElement> History(string chatType, string msgTime) =>
        _api.PostAsync("get_history", $$"""{"ChatType":"{{chatType}}","MsgTime":"{{msgTime}}"}""");

    [Fact]
    public async Task A_Beijing_hour_is_one_gzip_file_of_that_hours_messages_in_the_documented_line_format_with_its_sizes_and_MD5s()
    {
        (await Import("user_0001", "user_0002", Now.AddMinutes(-30), 1, "first of the hour")).AssertOk();
        (await Import("user_0003", "user_0001", Now.AddMinutes(-1), 2, "last of the hour")).AssertOk();
        (await Import("user_0001", "user_0002", Now.AddMinutes(-31), 3, "the hour before")).AssertOk();

        JsonElement answer = await History("C2C", "2026120808");
        answer.AssertOk();
        JsonElement file = Assert.Single(answer.GetProperty("File").EnumerateArray());
        Assert.Equal(new[] { "URL", "ExpireTime", "FileSize", "FileMD5", "GzipSize", "GzipMD5" }, file.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-12-08 09:30:00", file.GetProperty("ExpireTime").GetString());
        string url = file.GetProperty("URL").GetString()!;
        Assert.StartsWith(_api.Host.BaseAddress + "_emulator/archives/", url);

        byte[] gzip = await _api.Http.GetByteArrayAsync(url);
        Assert.Equal(file.GetProperty("GzipSize").GetInt32(), gzip.Length);
        Assert.Equal(file.GetProperty("GzipMD5").GetString(), Convert.ToHexString(MD5.HashData(gzip)).ToLowerInvariant());
        using var unzip = new MemoryStream();
        using (var stream = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress)) stream.CopyTo(unzip);
        byte[] raw = unzip.ToArray();
        Assert.Equal(file.GetProperty("FileSize").GetInt32(), raw.Length);
        Assert.Equal(file.GetProperty("FileMD5").GetString(), Convert.ToHexString(MD5.HashData(raw)).ToLowerInvariant());

        string[] lines = Encoding.UTF8.GetString(raw).TrimEnd('\n').Split('\n');
        Assert.Equal("""{"SdkAppId":1400000000,"ChatType":"C2C","MsgTime":"2026120808","MsgList":[""", lines[0]);
        Assert.Equal("]}", lines[^1]);
        Assert.Equal(
            $$$"""{"From_Account":"user_0001","To_Account":"user_0002","MsgTimestamp":{{{Now.AddMinutes(-30).ToUnixTimeSeconds()}}},"MsgSeq":1,"MsgRandom":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"first of the hour"}}]},""",
            lines[1]);
        Assert.Contains("\"Text\":\"last of the hour\"", lines[2]);
        Assert.Equal(4, lines.Length);
        using JsonDocument whole = JsonDocument.Parse(raw);
        Assert.Equal(2, whole.RootElement.GetProperty("MsgList").GetArrayLength());
    }

    [Fact]
    public async Task An_empty_or_future_hour_and_any_Group_hour_answer_1004_an_hour_older_than_7_days_1005_and_bad_fields_1002()
    {
        (await Import("user_0001", "user_0002", Now, 1, "now")).AssertOk();
        (await History("C2C", "2026120807")).AssertFails(1004);
        (await History("C2C", "2026120809")).AssertFails(1004);
        (await History("Group", "2026120808")).AssertFails(1004);
        (await History("C2C", "2026113008")).AssertFails(1005);
        (await History("C2C", "2026120108")).AssertFails(1004);
        (await History("Private", "2026120808")).AssertFails(1002);
        (await History("C2C", "2026-12-08")).AssertFails(1002);
        (await _api.PostAsync("get_history", """{"ChatType":"C2C"}""")).AssertFails(1002);
        Assert.Equal(8, _api.Host.Stats.Requests["get_history"]);
    }

    [Fact]
    public async Task A_file_URL_expires_after_an_hour_and_an_unknown_one_is_404()
    {
        (await Import("user_0001", "user_0002", Now, 1, "now")).AssertOk();
        string url = (await History("C2C", "2026120808")).GetProperty("File")[0].GetProperty("URL").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _api.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync(new Uri(_api.Host.BaseAddress, "_emulator/archives/nothing.gz"))).StatusCode);
        _now = Now.AddMinutes(61);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync(url)).StatusCode);
    }
}
