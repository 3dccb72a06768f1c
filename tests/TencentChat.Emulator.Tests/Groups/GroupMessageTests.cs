using System.Text.Json;
using TencentChat.Emulator.Groups;
using TencentChat.Emulator.Groups.Messages;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Groups;

/// <summary>send_group_msg, group_msg_get_simple, group_msg_recall, delete_group_msg_by_sender and send_group_system_notification (group spec §3.23-§3.27), raw HTTP.</summary>
public sealed class GroupMessageTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private string NewGroup(GroupType type = GroupType.Public, string owner = "user_0001")
    {
        string id = _api.Host.State.CreateGroup(type, "room", owner);
        foreach (string member in new[] { "user_0002", "user_0003" }) _api.Host.State.AddGroupMember(id, member);
        return id;
    }

    private static string Text(string text) => $$$"""[{"MsgType":"TIMTextElem","MsgContent":{"Text":"{{{text}}}"}}]""";

    private Task<JsonElement> SendAsync(string groupId, string text, int random, string extra = "") =>
        _api.PostAsync("send_group_msg", $$$"""{"GroupId":"{{{groupId}}}","Random":{{{random}}},"MsgBody":{{{Text(text)}}}{{{extra}}}}""");

    [Fact]
    public async Task Send_SpecSample_AnswersSeqAndTime_AndHistoryListsNewestFirstWithTheBodyAsSent()
    {
        string id = NewGroup();
        JsonElement first = await _api.PostAsync("send_group_msg", $$$"""
            {"GroupId":"{{{id}}}","From_Account":"user_0002","Random":8912345,"MsgPriority":"High","SendMsgControl":["NoLastMsg"],
             "MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}]}
            """);
        JsonElement second = await SendAsync(id, "second", 7);

        first.AssertOk();
        Assert.Equal(1, first.GetProperty("MsgSeq").GetInt64());
        Assert.Equal(2, second.GetProperty("MsgSeq").GetInt64());
        Assert.InRange(first.GetProperty("MsgTime").GetInt64(), _api.Host.State.Now - 5, _api.Host.State.Now);
        JsonElement history = await _api.PostAsync("group_msg_get_simple", $$"""{"GroupId":"{{id}}","ReqMsgNumber":20}""");
        history.AssertOk();
        JsonElement[] items = history.GetProperty("RspMsgList").EnumerateArray().ToArray();
        Assert.Equal(new long[] { 2, 1 }, items.Select(i => i.GetProperty("MsgSeq").GetInt64()));
        Assert.Equal("user_0002", items[1].GetProperty("From_Account").GetString());
        Assert.Equal("administrator", items[0].GetProperty("From_Account").GetString());
        Assert.Equal("""[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}]""", items[1].GetProperty("MsgBody").GetRawText());
        Assert.Equal(1, items[1].GetProperty("MsgPriority").GetInt32());
        Assert.Equal(8912345u, items[1].GetProperty("MsgRandom").GetUInt32());
        Assert.Equal(1, history.GetProperty("IsFinished").GetInt32());
    }

    [Fact]
    public async Task Send_TheSameBodyAndRandomAgain_IsARepeat_AnsweredWithTheFirstSeq_AndStoredOnce()
    {
        string id = NewGroup();
        long seq = (await SendAsync(id, "hi", 42)).GetProperty("MsgSeq").GetInt64();
        long again = (await SendAsync(id, "hi", 42)).GetProperty("MsgSeq").GetInt64();
        long other = (await SendAsync(id, "hi", 43)).GetProperty("MsgSeq").GetInt64();

        Assert.Equal((1, 1, 2), (seq, again, other));
        Assert.Equal(2, _api.Host.State.GetGroupMessages(id)!.Count);
    }

    [Fact]
    public async Task Send_Refusals_MissingRandom_UnknownGroup_MutedSender_AvChatRoomTargets_TooLong()
    {
        string id = NewGroup();
        GroupStore store = _api.Host.State.Groups;
        lock (store.Gate) store.Find(id)!.MutedUntil["user_0003"] = _api.Host.State.Now + 600;
        string av = NewGroup(GroupType.AVChatRoom);

        (await _api.PostAsync("send_group_msg", $$$"""{"GroupId":"{{{id}}}","MsgBody":{{{Text("x")}}}}""")).AssertFails(10004);
        (await SendAsync("no-such-group", "x", 1)).AssertFails(10010);
        (await SendAsync(id, "x", 2, ""","From_Account":"user_0003" """)).AssertFails(10017);
        (await SendAsync(id, "x", 3, ""","From_Account":"nobody" """)).AssertFails(10019);
        (await SendAsync(av, "x", 4, ""","To_Account":["user_0002"]""")).AssertFails(10007);
        (await SendAsync(id, new string('a', 12300), 5)).AssertFails(80002);
        (await _api.PostAsync("send_group_msg", $$"""{"GroupId":"{{id}}","Random":6,"MsgBody":[]}""")).AssertFails(10004);
        Assert.Empty(_api.Host.State.GetGroupMessages(id)!);
    }

    [Fact]
    public async Task Send_OnlineOnly_IsNotStored_AndTheDropReasonSetting_AnswersOkWithMsgDropReason()
    {
        string id = NewGroup();
        JsonElement online = await SendAsync(id, "typing", 1, ""","OnlineOnlyFlag":1""");
        online.AssertOk();
        Assert.Equal(0, online.GetProperty("MsgSeq").GetInt64());

        using (var set = await _api.Http.PostAsync("_emulator/settings", new StringContent("""{"GroupMsgDropReason":"MsgFreqCtrl"}""", System.Text.Encoding.UTF8, "application/json")))
            set.EnsureSuccessStatusCode();
        JsonElement dropped = await SendAsync(id, "hello", 2);

        dropped.AssertOk();
        Assert.Equal("MsgFreqCtrl", dropped.GetProperty("MsgDropReason").GetString());
        Assert.Empty(_api.Host.State.GetGroupMessages(id)!);
        Assert.Equal(2, _api.Host.Stats.Requests["send_group_msg"]);
    }

    [Fact]
    public async Task History_PagesBackwardsByReqMsgSeq_HolesCount_RecalledOnlyWithTheFlag()
    {
        string id = NewGroup();
        for (int i = 1; i <= 45; i++) _api.Host.State.AppendGroupMessage(id, "user_0002", Text("m" + i), random: (uint)i);
        (await _api.PostAsync("group_msg_recall", $$"""{"GroupId":"{{id}}","MsgSeqList":[{"MsgSeq":44}]}""")).AssertOk();

        JsonElement newest = await _api.PostAsync("group_msg_get_simple", $$"""{"GroupId":"{{id}}","ReqMsgNumber":5}""");
        JsonElement below = await _api.PostAsync("group_msg_get_simple", $$"""{"GroupId":"{{id}}","ReqMsgNumber":20,"ReqMsgSeq":25}""");
        JsonElement withRecalled = await _api.PostAsync("group_msg_get_simple", $$"""{"GroupId":"{{id}}","ReqMsgNumber":3,"WithRecalledMsg":1}""");
        JsonElement tooMany = await _api.PostAsync("group_msg_get_simple", $$"""{"GroupId":"{{id}}","ReqMsgNumber":30,"ReqMsgSeq":10}""");

        Assert.Equal(new long[] { 45, 43, 42, 41, 40 }, Seqs(newest));
        Assert.Equal(Enumerable.Range(6, 20).Reverse().Select(i => (long)i), Seqs(below));
        Assert.Equal(new long[] { 45, 44, 43 }, Seqs(withRecalled));
        JsonElement recalled = withRecalled.GetProperty("RspMsgList")[1];
        Assert.Equal((2, "[]"), (recalled.GetProperty("IsPlaceMsg").GetInt32(), recalled.GetProperty("MsgBody").GetRawText()));
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(i => (long)i), Seqs(tooMany));
        Assert.Equal(0, tooMany.GetProperty("IsFinished").GetInt32());
        (await _api.PostAsync("group_msg_get_simple", $$"""{"GroupId":"{{id}}"}""")).AssertFails(10004);
        (await _api.PostAsync("group_msg_get_simple", $$"""{"GroupId":"{{NewGroup(GroupType.AVChatRoom)}}","ReqMsgNumber":5}""")).AssertFails(10007);
    }

    [Fact]
    public async Task Recall_AnswersARetCodePerSeq_AndARepeatIsNotFound()
    {
        string id = NewGroup();
        await SendAsync(id, "a", 1);
        await SendAsync(id, "b", 2);

        JsonElement first = await _api.PostAsync("group_msg_recall", $$"""{"GroupId":"{{id}}","MsgSeqList":[{"MsgSeq":100},{"MsgSeq":2}],"Reason":"spam"}""");
        JsonElement again = await _api.PostAsync("group_msg_recall", $$"""{"GroupId":"{{id}}","MsgSeqList":[{"MsgSeq":2}]}""");
        string eleven = string.Join(",", Enumerable.Range(1, 11).Select(i => $$$"""{"MsgSeq":{{{i}}}}"""));

        Assert.Equal("""[{"MsgSeq":100,"RetCode":10030},{"MsgSeq":2,"RetCode":0}]""", first.GetProperty("RecallRetList").GetRawText());
        Assert.Equal(10030, again.GetProperty("RecallRetList")[0].GetProperty("RetCode").GetInt32());
        Assert.True(_api.Host.State.GetGroupMessages(id)![1].IsRecalled);
        (await _api.PostAsync("group_msg_recall", $$$"""{"GroupId":"{{{id}}}","MsgSeqList":[{{{eleven}}}]}""")).AssertFails(10004);
    }

    [Fact]
    public async Task DeleteBySender_RecallsThatSendersMessagesSilently_AndIsANoOpInAnAvChatRoom()
    {
        string id = NewGroup();
        await SendAsync(id, "a", 1, ""","From_Account":"user_0002" """);
        await SendAsync(id, "b", 2, ""","From_Account":"user_0003" """);
        await SendAsync(id, "c", 3, ""","From_Account":"user_0002" """);

        (await _api.PostAsync("delete_group_msg_by_sender", $$"""{"GroupId":"{{id}}","Sender_Account":"user_0002"}""")).AssertOk();
        (await _api.PostAsync("delete_group_msg_by_sender", $$"""{"GroupId":"{{NewGroup(GroupType.AVChatRoom)}}","Sender_Account":"user_0002"}""")).AssertOk();

        Assert.Equal(new[] { true, false, true }, _api.Host.State.GetGroupMessages(id)!.Select(m => m.IsRecalled));
        Assert.Equal(new long[] { 2 }, Seqs(await _api.PostAsync("group_msg_get_simple", $$"""{"GroupId":"{{id}}","ReqMsgNumber":20}""")));
    }

    [Fact]
    public async Task Notification_IsRecorded_ForEveryoneOrNamedMembers_AndAnAvChatRoomTakesOnlyEveryone()
    {
        string id = NewGroup();
        string av = NewGroup(GroupType.AVChatRoom);

        (await _api.PostAsync("send_group_system_notification", $$"""{"GroupId":"{{id}}","Content":"hello all"}""")).AssertOk();
        (await _api.PostAsync("send_group_system_notification", $$"""{"GroupId":"{{id}}","Content":"hi two","ToMembers_Account":["user_0002","user_0003"]}""")).AssertOk();
        (await _api.PostAsync("send_group_system_notification", $$"""{"GroupId":"{{av}}","Content":"x","ToMembers_Account":["user_0002"]}""")).AssertFails(10007);
        (await _api.PostAsync("send_group_system_notification", $$"""{"GroupId":"{{id}}"}""")).AssertFails(10004);

        var sent = _api.Host.State.GetGroupNotifications(id);
        Assert.Equal(new[] { "hello all", "hi two" }, sent.Select(n => n.Content));
        Assert.Equal(new[] { "user_0002", "user_0003" }, sent[1].ToMembers);
        Assert.Empty(_api.Host.State.GetGroupMessages(id)!);
    }

    private static long[] Seqs(JsonElement history) =>
        history.GetProperty("RspMsgList").EnumerateArray().Select(i => i.GetProperty("MsgSeq").GetInt64()).ToArray();
}
