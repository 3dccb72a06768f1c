using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Messages;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Groups;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Groups;

/// <summary>The group message operations over real loopback HTTP against the emulator (demo seed: user_0001..user_0012).</summary>
public class GroupMessageOperationsTests
{
    private static string NewGroup(EmulatorFixture emulator, int messages = 0)
    {
        string id = emulator.Host.State.CreateGroup(GroupType.Public, "room", "user_0001");
        emulator.Host.State.AddGroupMember(id, "user_0002");
        for (int i = 1; i <= messages; i++)
            emulator.Host.State.AppendGroupMessage(id, i % 2 == 0 ? "user_0002" : "user_0001", $$$"""[{"MsgType":"TIMTextElem","MsgContent":{"Text":"m{{{i}}}"}}]""", random: (uint)i);
        return id;
    }

    private static async Task<List<ChatGroupMessage>> ReadAllAsync(GroupMessagePager pager)
    {
        var all = new List<ChatGroupMessage>();
        while (!pager.IsComplete) all.AddRange(await pager.NextPageAsync(default));
        return all;
    }

    [Fact]
    public async Task Pager_reads_45_messages_newest_first_in_3_requests_with_text_elements_and_exact_body()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        string id = NewGroup(emulator, 45);

        var all = await ReadAllAsync(new GroupMessagePager(session, id, includeRecalled: false, TestSessions.Log(session)));

        Assert.Equal(Enumerable.Range(1, 45).Reverse().Select(i => (long)i), all.Select(m => m.MsgSeq));
        Assert.Equal(3, emulator.Requests("group_msg_get_simple"));
        ChatGroupMessage first = all[^1];
        Assert.Equal((id, "user_0001", "m1", 1L, "Normal"), (first.GroupId, first.From, first.Text, first.Random, first.Priority));
        Assert.Equal("""[{"MsgType":"TIMTextElem","MsgContent":{"Text":"m1"}}]""", first.MsgBodyJson);
        Assert.IsType<ChatTextElement>(Assert.Single(first.Elements));
        Assert.Equal(emulator.Host.State.GetGroupMessages(id)![0].Time, first.Time.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Pager_skips_holes_and_recalled_messages_unless_asked_and_a_small_page_size_is_one_request()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        string id = NewGroup(emulator, 6);
        var log = TestSessions.Log(session);
        await GroupMessageRecall.RecallAsync(session, id, new long[] { 5 }, null, log, default);

        var plain = await ReadAllAsync(new GroupMessagePager(session, id, includeRecalled: false, log));
        var withRecalled = await ReadAllAsync(new GroupMessagePager(session, id, includeRecalled: true, log));
        long before = emulator.Requests("group_msg_get_simple");
        var firstTwo = await new GroupMessagePager(session, id, includeRecalled: false, log, pageSize: 2).NextPageAsync(default);

        Assert.Equal(new long[] { 6, 4, 3, 2, 1 }, plain.Select(m => m.MsgSeq));
        Assert.True(withRecalled.Single(m => m.MsgSeq == 5).IsRecalled);
        Assert.Equal(string.Empty, withRecalled.Single(m => m.MsgSeq == 5).Text);
        Assert.Equal(new long[] { 6, 4 }, firstTwo.Select(m => m.MsgSeq));
        Assert.Equal(1, emulator.Requests("group_msg_get_simple") - before);
    }

    [Fact]
    public async Task An_AVChatRoom_history_is_GroupTypeNotSupported_naming_the_type()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        string id = emulator.Host.State.CreateGroup(GroupType.AVChatRoom, "live");

        var e = await Assert.ThrowsAsync<ChatInputException>(() => new GroupMessagePager(session, id, false, TestSessions.Log(session)).NextPageAsync(default));

        Assert.Equal("GroupTypeNotSupported", e.ErrorId);
        Assert.Contains("AVChatRoom", e.Message);
        Assert.False(e.IsSessionWide);
    }

    [Fact]
    public async Task Send_returns_seq_and_time_and_a_drop_reason_is_a_GroupMessageDropped_failure()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        string id = NewGroup(emulator);
        var options = new GroupMessageOptions { Body = ChatMessageBody.FromText("hello"), From = "user_0002", Priority = "High" };

        var sent = await GroupMessageSending.SendAsync(session, id, options, TestSessions.Log(session), default);
        await GroupMessageOperationsTestsAccess.SettingsAsync(emulator, """{"GroupMsgDropReason":"MsgFreqCtrl"}""");
        var dropped = await GroupMessageSending.SendAsync(session, id, options, TestSessions.Log(session), default);

        Assert.True(sent.Succeeded);
        Assert.Equal((1L, "user_0002"), (sent.MsgSeq, sent.From));
        var stored = Assert.Single(emulator.Host.State.GetGroupMessages(id)!);
        Assert.Equal(((uint)sent.Random, 1), (stored.Random, stored.Priority));
        Assert.False(dropped.Succeeded);
        Assert.Equal("GroupMessageDropped", dropped.Failure!.ErrorId);
        Assert.Contains("MsgFreqCtrl", dropped.Failure.Message);
        Assert.NotEqual(sent.Random, dropped.Random);
    }

    [Fact]
    public async Task Recall_gives_one_result_per_seq_with_its_RetCode_and_a_failed_request_fails_every_seq()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        string id = NewGroup(emulator, 3);
        var log = TestSessions.Log(session);

        var results = await GroupMessageRecall.RecallAsync(session, id, new long[] { 2, 99, 3 }, "spam", log, default);
        var missingGroup = await GroupMessageRecall.RecallAsync(session, "no-such-group", new long[] { 1, 2 }, null, log, default);

        Assert.Equal(new[] { (2L, true, 0), (99L, false, 10030), (3L, true, 0) }, results.Select(r => (r.MsgSeq, r.Succeeded, r.ResultCode)));
        Assert.Equal("GroupMessageNotFound", results[1].Failure!.ErrorId);
        Assert.All(missingGroup, r => Assert.Equal((false, 10010), (r.Succeeded, r.ResultCode)));
        Assert.Throws<ChatInputException>(() => GroupMessageRecall.RecallAsync(session, id, Enumerable.Range(1, 11).Select(i => (long)i).ToList(), null, log, default).GetAwaiter().GetResult());
    }

    [Fact]
    public async Task Sender_recall_and_notification_land_in_the_emulator()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        string id = NewGroup(emulator, 4);
        var log = TestSessions.Log(session);

        var recall = await GroupMessageRecall.RecallBySenderAsync(session, id, "user_0002", log, default);
        var notice = await GroupNotification.SendAsync(session, id, "maintenance", new[] { "user_0002" }, log, default);

        Assert.True(recall.Succeeded && notice.Succeeded);
        Assert.Equal(new[] { false, true, false, true }, emulator.Host.State.GetGroupMessages(id)!.Select(m => m.IsRecalled));
        Assert.Equal("maintenance", Assert.Single(TencentChat.Emulator.Groups.Messages.ChatStateGroupNotifications.GetGroupNotifications(emulator.Host.State, id)).Content);
    }
}

/// <summary>POST /_emulator/settings, as a test would from outside.</summary>
internal static class GroupMessageOperationsTestsAccess
{
    public static async Task SettingsAsync(EmulatorFixture emulator, string json)
    {
        using var http = new HttpClient { BaseAddress = emulator.Host.BaseAddress };
        using var response = await http.PostAsync("_emulator/settings", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }
}
