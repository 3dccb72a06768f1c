using System.Net;
using System.Text;
using System.Text.Json;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Messages;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Messages;

/// <summary>The one-to-one message commands over raw HTTP (message spec §3, §6); the demo seed has user_0001..user_0012.</summary>
public sealed class MessageCommandTests : IAsyncLifetime
{
    private const string Text = """[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi, beauty"}}]""";
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private Task<JsonElement> Send(string from, string to, string text, int random, string extra = "") =>
        _api.PostAsync("sendmsg", $$$"""{"From_Account":"{{{from}}}","To_Account":"{{{to}}}","MsgSeq":{{{random}}},"MsgRandom":{{{random}}},"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"{{{text}}}"}}]{{{extra}}}}""");

    private Task<JsonElement> Import(string from, string to, long time, int seq, int random = 7) =>
        _api.PostAsync("importmsg", $$"""{"SyncFromOldSystem":2,"From_Account":"{{from}}","To_Account":"{{to}}","MsgSeq":{{seq}},"MsgRandom":{{random}},"MsgTimeStamp":{{time}},"MsgBody":{{Text}}}""");

    private Task<JsonElement> Roam(string op, string peer, int maxCnt, long min, long max, string? lastKey = null) =>
        _api.PostAsync("admin_getroammsg", $$"""{"Operator_Account":"{{op}}","Peer_Account":"{{peer}}","MaxCnt":{{maxCnt}},"MinTime":{{min}},"MaxTime":{{max}}{{(lastKey == null ? "" : $",\"LastMsgKey\":\"{lastKey}\"")}}}""");

    [Fact]
    public async Task Batchsendmsg_partial_failure_is_SomeError_with_ErrorCode_0_and_an_ErrorList_as_the_spec_sample()
    {
        JsonElement response = await _api.PostAsync("batchsendmsg", $$"""{"SyncOtherMachine":2,"To_Account":["user_0002","rong"],"MsgSeq":28360,"MsgRandom":19901224,"MsgBody":{{Text}}}""");

        Assert.Equal("SomeError", response.GetProperty("ActionStatus").GetString());
        Assert.Equal(0, response.Code());
        Assert.Equal("""[{"To_Account":"rong","ErrorCode":70107}]""", response.GetProperty("ErrorList").GetRawText());
        Assert.Matches(@"^28360_19901224_\d+$", response.GetProperty("MsgKey").GetString());

        JsonElement all = await _api.PostAsync("batchsendmsg", $$"""{"To_Account":["user_0002","user_0003"],"MsgRandom":1,"MsgBody":{{Text}}}""");
        all.AssertOk();
        Assert.False(all.TryGetProperty("ErrorList", out _));
        (await _api.PostAsync("batchsendmsg", $$"""{"To_Account":["nobody","rong"],"MsgRandom":2,"MsgBody":{{Text}}}""")).AssertFails(90012);
        string many = string.Join(",", Enumerable.Range(0, 501).Select(i => $"\"u{i}\""));
        (await _api.PostAsync("batchsendmsg", $$"""{"To_Account":[{{many}}],"MsgRandom":3,"MsgBody":{{Text}}}""")).AssertFails(90011);
    }

    [Fact]
    public async Task A_send_is_stored_for_both_sides_moves_both_conversation_lists_and_a_repeat_is_dropped()
    {
        JsonElement first = await Send("user_0001", "user_0002", "hello", 42);
        first.AssertOk();
        JsonElement again = await Send("user_0001", "user_0002", "hello", 42);
        Assert.Equal(first.GetProperty("MsgKey").GetString(), again.GetProperty("MsgKey").GetString());

        long now = first.GetProperty("MsgTime").GetInt64();
        JsonElement page = await Roam("user_0002", "user_0001", 10, now - 60, now + 60);
        Assert.Equal(1, page.GetProperty("MsgCnt").GetInt32());
        Assert.Equal("hello", page.GetProperty("MsgList")[0].GetProperty("MsgBody")[0].GetProperty("MsgContent").GetProperty("Text").GetString());
        Assert.Equal(1, (await Roam("user_0001", "user_0002", 10, now - 60, now + 60)).GetProperty("MsgCnt").GetInt32());
        Assert.Contains(_api.Host.State.GetConversations("user_0001"), c => c.Kind == ConversationKind.C2C && c.Peer == "user_0002" && c.MsgTime == now);
        Assert.Contains(_api.Host.State.GetConversations("user_0002"), c => c.Kind == ConversationKind.C2C && c.Peer == "user_0001" && c.MsgTime == now);
    }

    [Fact]
    public async Task NoLastMsg_leaves_the_lists_and_SyncOtherMachine_2_hides_it_from_the_sender()
    {
        JsonElement sent = await Send("user_0003", "user_0004", "quiet", 5, ""","SyncOtherMachine":2,"SendMsgControl":["NoLastMsg"]""");
        sent.AssertOk();
        long now = sent.GetProperty("MsgTime").GetInt64();
        Assert.DoesNotContain(_api.Host.State.GetConversations("user_0004"), c => c.Peer == "user_0003");
        Assert.Equal(0, (await Roam("user_0003", "user_0004", 10, now - 60, now + 60)).GetProperty("MsgCnt").GetInt32());
        Assert.Equal(1, (await Roam("user_0004", "user_0003", 10, now - 60, now + 60)).GetProperty("MsgCnt").GetInt32());
    }

    [Fact]
    public async Task Import_keeps_the_given_identity_and_a_second_import_of_the_same_key_adds_nothing()
    {
        (await Import("user_0001", "user_0005", 1556178721, 827092, 1287657)).AssertOk();
        (await Import("user_0005", "user_0001", 1556178721, 827092, 1287657)).AssertOk();
        JsonElement page = await Roam("user_0005", "user_0001", 10, 1556178000, 1556179000);
        Assert.Equal(1, page.GetProperty("MsgCnt").GetInt32());
        Assert.Equal("827092_1287657_1556178721", page.GetProperty("LastMsgKey").GetString());
        (await _api.PostAsync("importmsg", $$"""{"SyncFromOldSystem":1,"From_Account":"user_0001","To_Account":"user_0005","MsgRandom":1,"MsgTimeStamp":1,"MsgBody":{{Text}}}""")).AssertFails(90030);
    }

    [Fact]
    public async Task Roam_pages_walk_back_from_MaxTime_ascending_within_a_page_and_exclude_the_cursor_and_after()
    {
        for (int i = 1; i <= 5; i++) (await Import("user_0006", "user_0007", 1700000000, i)).AssertOk();
        (await Import("user_0006", "user_0007", 1699999999, 9)).AssertOk();
        var seen = new List<int>();
        JsonElement page = await Roam("user_0006", "user_0007", 2, 1699999999, 1700000000);
        Assert.Equal(new[] { 4, 5 }, page.GetProperty("MsgList").EnumerateArray().Select(m => m.GetProperty("MsgSeq").GetInt32()));
        Assert.Equal("4_7_1700000000", page.GetProperty("LastMsgKey").GetString());
        while (true)
        {
            seen.AddRange(page.GetProperty("MsgList").EnumerateArray().Select(m => m.GetProperty("MsgSeq").GetInt32()).Reverse());
            if (page.GetProperty("Complete").GetInt32() == 1) break;
            page = await Roam("user_0006", "user_0007", 2, 1699999999, page.GetProperty("LastMsgTime").GetInt64(), page.GetProperty("LastMsgKey").GetString());
        }
        Assert.Equal(new[] { 5, 4, 3, 2, 1, 9 }, seen);
        JsonElement empty = await Roam("user_0006", "user_0007", 2, 1, 2);
        Assert.Equal(("", 0, 1), (empty.GetProperty("LastMsgKey").GetString(), empty.GetProperty("LastMsgTime").GetInt64(), empty.GetProperty("Complete").GetInt32()));
    }

    [Fact]
    public async Task Recall_sets_MsgFlagBits_8_once_and_names_unknown_and_malformed_keys()
    {
        (await Import("user_0008", "user_0009", 1700000100, 11, 12)).AssertOk();
        string body = """{"From_Account":"user_0008","To_Account":"user_0009","MsgKey":"11_12_1700000100"}""";
        (await _api.PostAsync("admin_msgwithdraw", body)).AssertOk();
        (await _api.PostAsync("admin_msgwithdraw", body)).AssertFails(20023);
        (await _api.PostAsync("admin_msgwithdraw", """{"From_Account":"user_0008","To_Account":"user_0009","MsgKey":"1_2_3"}""")).AssertFails(20022);
        (await _api.PostAsync("admin_msgwithdraw", """{"From_Account":"user_0008","To_Account":"user_0009","MsgKey":"nope"}""")).AssertFails(90054);
        JsonElement page = await Roam("user_0009", "user_0008", 5, 1700000000, 1700000200);
        Assert.Equal(8, page.GetProperty("MsgList")[0].GetProperty("MsgFlagBits").GetInt32());
        (await _api.PostAsync("modify_c2c_msg", body.Replace("}", ",\"CloudCustomData\":\"x\"}"))).AssertFails(20023);
    }

    [Fact]
    public async Task Unread_counts_follow_sends_and_mark_read_and_name_unknown_peers()
    {
        await Send("user_0010", "user_0011", "a", 1);
        await Send("user_0010", "user_0011", "b", 2);
        await Send("user_0012", "user_0011", "c", 3, ""","SendMsgControl":["NoUnread"]""");
        Assert.Equal(2, (await _api.PostAsync("get_c2c_unread_msg_num", """{"To_Account":"user_0011"}""")).GetProperty("AllC2CUnreadMsgNum").GetInt64());
        JsonElement per = await _api.PostAsync("get_c2c_unread_msg_num", """{"To_Account":"user_0011","Peer_Account":["user_0010","ghost"]}""");
        Assert.Equal("""[{"Peer_Account":"user_0010","C2CUnreadMsgNum":2}]""", per.GetProperty("C2CUnreadMsgNumList").GetRawText());
        Assert.Equal("""[{"Peer_Account":"ghost","ErrorCode":70107}]""", per.GetProperty("ErrorList").GetRawText());
        (await _api.PostAsync("admin_set_msg_read", """{"Report_Account":"user_0011","Peer_Account":"user_0010"}""")).AssertOk();
        Assert.Equal(0, (await _api.PostAsync("get_c2c_unread_msg_num", """{"To_Account":"user_0011"}""")).GetProperty("AllC2CUnreadMsgNum").GetInt64());
        string eleven = string.Join(",", Enumerable.Range(0, 11).Select(i => $"\"p{i}\""));
        (await _api.PostAsync("get_c2c_unread_msg_num", $$"""{"To_Account":"user_0011","Peer_Account":[{{eleven}}]}""")).AssertFails(90018);
    }

    [Fact]
    public async Task Bodies_are_checked_in_the_spec_order_and_the_size_limit_is_12288_bytes()
    {
        (await _api.PostAsync("sendmsg", """{"To_Account":"user_0002","MsgRandom":1,"MsgBody":{}}""")).AssertFails(90007);
        (await _api.PostAsync("sendmsg", """{"To_Account":"user_0002","MsgRandom":1,"MsgBody":[]}""")).AssertFails(90002);
        (await _api.PostAsync("sendmsg", """{"To_Account":"user_0002","MsgRandom":1,"MsgBody":[{"MsgType":"TIMTextElem"}]}""")).AssertFails(90010);
        (await _api.PostAsync("sendmsg", $$"""{"To_Account":"user_0002","MsgBody":{{Text}}}""")).AssertFails(90005);
        (await _api.PostAsync("sendmsg", $$"""{"To_Account":"user_0002","MsgRandom":1,"MsgLifeTime":604801,"MsgBody":{{Text}}}""")).AssertFails(90026);
        string big = new('a', 12288);
        (await _api.PostAsync("sendmsg", $$$"""{"To_Account":"user_0002","MsgRandom":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"{{{big}}}"}}]}""")).AssertFails(93000);
        (await _api.PostAsync("sendmsg", $$"""{"To_Account":"nobody","MsgRandom":1,"MsgBody":{{Text}}}""")).AssertFails(90012);
        (await _api.PostAsync("sendmsg", $$"""{"From_Account":"nobody","To_Account":"user_0002","MsgRandom":1,"MsgBody":{{Text}}}""")).AssertFails(20003);
    }

    [Fact]
    public async Task The_recipient_budget_refuses_a_batch_that_would_pass_it_and_counts_per_recipient()
    {
        using (var content = new StringContent("""{"RecipientsPerMinute":3}""", Encoding.UTF8, "application/json"))
            Assert.Equal(HttpStatusCode.OK, (await _api.Http.PostAsync("_emulator/messages", content)).StatusCode);
        (await _api.PostAsync("batchsendmsg", $$"""{"To_Account":["user_0002","user_0003"],"MsgRandom":1,"MsgBody":{{Text}}}""")).AssertOk();
        (await _api.PostAsync("batchsendmsg", $$"""{"To_Account":["user_0002","user_0003"],"MsgRandom":2,"MsgBody":{{Text}}}""")).AssertFails(60007);
        (await _api.PostAsync("batchsendmsg", $$"""{"To_Account":["user_0002"],"MsgRandom":3,"MsgBody":{{Text}}}""")).AssertOk();
        Assert.Equal(3, _api.Host.Stats.Requests["batchsendmsg"]);
    }

    [Fact]
    public async Task A_deleted_account_takes_its_view_and_a_reimported_one_starts_empty_while_the_peer_keeps_the_history()
    {
        (await Import("user_0001", "user_0012", 1700000300, 1)).AssertOk();
        (await _api.PostAsync("account_delete", """{"DeleteItem":[{"UserID":"user_0012"}]}""")).AssertOk();
        (await _api.PostAsync("account_import", """{"UserID":"user_0012"}""")).AssertOk();
        Assert.Equal(0, (await Roam("user_0012", "user_0001", 5, 1700000000, 1700000400)).GetProperty("MsgCnt").GetInt32());
        Assert.Equal(1, (await Roam("user_0001", "user_0012", 5, 1700000000, 1700000400)).GetProperty("MsgCnt").GetInt32());
        Assert.Single(_api.Host.State.Messages().History("user_0001", "user_0012"));
    }
}
