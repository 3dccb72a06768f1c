using System.Net.Http;
using System.Text;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.MessageBodies;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Messages;

namespace TencentChat.Admin.Tests.Messages;

/// <summary>The one-to-one message family's operations over real loopback HTTP against the emulator (demo seed: user_0001..user_0012).</summary>
public class MessageOperationsTests
{
    private static readonly DateTimeOffset Base = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static async Task<List<ChatMessage>> ReadAll(MessageHistoryPager pager)
    {
        var all = new List<ChatMessage>();
        while (!pager.IsComplete) all.AddRange(await pager.NextPageAsync(default));
        return all;
    }

    private static Task<ChatMessageReceipt> Import(ChatSession session, string from, string to, DateTimeOffset time, ChatMessageBody body, uint? seq = null) =>
        MessageWrites.ImportAsync(session, new ChatImportItem(from, to, time, body) { MsgSeq = seq, MsgRandom = seq }, historical: true, TestSessions.Log(session), default);

    [Fact]
    public async Task A_batch_with_unknown_recipients_reaches_the_others_and_fails_each_unknown_one_with_its_receipt_as_target()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var recipients = Enumerable.Range(0, 500).Select(i => "r" + i.ToString("D3")).ToList();
        foreach (string r in recipients.Skip(3)) emulator.Host.State.AddUser(r);

        var receipts = await MessageSend.SendAsync(session, new ChatOutgoingMessage(ChatMessageBody.FromText("notice")) { From = "user_0001" }, recipients,
            TestSessions.Log(session), default);

        Assert.Equal(recipients, receipts.Select(r => r.To));
        Assert.Equal(1, emulator.Requests("batchsendmsg"));
        var failed = receipts.Where(r => r.Failure != null).ToList();
        Assert.Equal(new[] { "r000", "r001", "r002" }, failed.Select(r => r.To));
        Assert.All(failed, r => Assert.Equal((70107, "AccountNotFound", (object)r), (r.ResultCode, r.Failure!.ErrorId, r.Failure.Target!)));
        Assert.All(receipts.Skip(3), r => Assert.Equal((0, "user_0001"), (r.ResultCode, r.From)));
        Assert.Single(receipts.Skip(3).Select(r => r.MsgKey).Distinct());
        Assert.NotNull(receipts[3].MsgTime);
        Assert.Equal(1, emulator.Host.State.MessageCount("user_0001", "r499"));
    }

    [Fact]
    public async Task One_recipient_goes_by_sendmsg_and_every_failure_of_a_whole_request_fails_each_recipient()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var message = new ChatOutgoingMessage(ChatMessageBody.FromText("hi")) { NoUnread = true, NoLastMessage = true };

        var one = Assert.Single(await MessageSend.SendAsync(session, message, new[] { "user_0002" }, TestSessions.Log(session), default));
        Assert.Equal(1, emulator.Requests("sendmsg"));
        Assert.Matches(@"^\d+_\d+_\d+$", one.MsgKey);
        Assert.Null(one.Failure);

        var none = await MessageSend.SendAsync(session, message, new[] { "ghost1", "ghost2" }, TestSessions.Log(session), default);
        Assert.All(none, r => Assert.Equal(90012, r.ResultCode));
        Assert.All(none, r => Assert.Same(r, r.Failure!.Target));
    }

    [Fact]
    public async Task An_over_size_message_is_refused_before_any_request()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var message = new ChatOutgoingMessage(ChatMessageBody.FromText(new string('x', 13000)));

        var e = await Assert.ThrowsAsync<ChatInputException>(() => MessageSend.SendAsync(session, message, new[] { "user_0002" }, TestSessions.Log(session), default));

        Assert.Equal("MessageTooLarge", e.ErrorId);
        Assert.Equal(0, emulator.AllRequests);
    }

    [Fact]
    public async Task A_thousand_imported_messages_read_back_once_each_newest_first_with_30_in_one_second_across_a_page_boundary()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        // Pages of 100 (no byte cap): page 1 holds messages 900..999, so the 30 of one second (885..914) cross its boundary.
        await Configure(emulator, """{"RoamPageBytes":100000000}""");
        for (int i = 0; i < 1000; i++)
        {
            DateTimeOffset time = Base.AddSeconds(i is >= 885 and < 915 ? 885 : i);
            var receipt = await Import(session, i % 2 == 0 ? "user_0001" : "user_0002", i % 2 == 0 ? "user_0002" : "user_0001", time,
                ChatMessageBody.FromText("m" + i), (uint)(i + 1));
            Assert.Null(receipt.Failure);
        }

        var messages = await ReadAll(new MessageHistoryPager(session, "user_0001", "user_0002", Base.AddDays(-1), Base.AddDays(1), TestSessions.Log(session)));

        Assert.Equal(1000, messages.Count);
        Assert.Equal(1000, messages.Select(m => m.MsgKey).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 1000).Reverse().Select(i => "m" + i), messages.Select(m => m.Text));
        Assert.Equal(10, emulator.Requests("admin_getroammsg"));
        Assert.Equal(30, messages.Count(m => m.Time == Base.AddSeconds(885)));
    }

    [Fact]
    public async Task The_first_page_is_one_request_and_a_stuck_cursor_stops_with_NonAdvancingCursor()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        for (int i = 0; i < 250; i++) await Import(session, "user_0003", "user_0004", Base.AddSeconds(i), ChatMessageBody.FromText("x"), (uint)(i + 1));

        var pager = new MessageHistoryPager(session, "user_0003", "user_0004", Base, Base.AddSeconds(300), TestSessions.Log(session));
        Assert.NotEmpty(await pager.NextPageAsync(default));
        Assert.Equal(1, emulator.Requests("admin_getroammsg"));

        await Configure(emulator, """{"StuckRoamCursor":true}""");
        var e = await Assert.ThrowsAsync<ChatProtocolException>(() => pager.NextPageAsync(default));
        Assert.Equal("NonAdvancingCursor", e.ErrorId);
    }

    /// <summary>POST /_emulator/messages: the family's test hooks (kept for this emulator only; each test starts its own).</summary>
    private static async Task Configure(EmulatorFixture emulator, string json)
    {
        using var http = new HttpClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        (await http.PostAsync(new Uri(emulator.Host.BaseAddress, "_emulator/messages"), content)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Before_earlier_than_After_is_refused_before_any_request()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var e = Assert.Throws<ChatInputException>(() => new MessageHistoryPager(session, "user_0001", "user_0002", Base, Base.AddSeconds(-1), TestSessions.Log(session)));
        Assert.Equal("InvalidMessageTime", e.ErrorId);
        Assert.Equal(0, emulator.AllRequests);
    }

    [Fact]
    public async Task Every_element_type_imported_reads_back_exactly_and_a_rerun_adds_nothing()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var samples = ChatMessageBodyTests.AllSamples;
        for (int i = 0; i < samples.Length; i++)
            Assert.Null((await MessageWrites.ImportAsync(session, new ChatImportItem("user_0005", "user_0006", Base.AddSeconds(i), ChatMessageBody.Parse(samples[i])),
                historical: true, TestSessions.Log(session), default)).Failure);
        // A rerun without MsgSeq/MsgRandom derives the same ones, so Tencent's de-duplication drops it.
        for (int i = 0; i < samples.Length; i++)
            await MessageWrites.ImportAsync(session, new ChatImportItem("user_0005", "user_0006", Base.AddSeconds(i), ChatMessageBody.Parse(samples[i])),
                historical: true, TestSessions.Log(session), default);

        var messages = await ReadAll(new MessageHistoryPager(session, "user_0006", "user_0005", Base, Base.AddSeconds(60), TestSessions.Log(session)));

        Assert.Equal(samples.AsEnumerable().Reverse(), messages.Select(m => m.MsgBodyJson));
        Assert.Contains(messages, m => m.Elements.Single() is ChatUnknownElement);
        Assert.Contains(emulator.Host.State.GetConversations("user_0005"), c => c.Peer == "user_0006");
    }

    [Fact]
    public async Task A_recalled_message_reads_back_as_IsRecalled_and_a_second_recall_is_done()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var sent = (await MessageSend.SendAsync(session, new ChatOutgoingMessage(ChatMessageBody.FromText("oops")) { From = "user_0007" }, new[] { "user_0008" },
            TestSessions.Log(session), default)).Single();

        var recalled = await MessageWrites.RecallAsync(session, "user_0007", "user_0008", sent.MsgKey, TestSessions.Log(session), default);
        var again = await MessageWrites.RecallAsync(session, "user_0007", "user_0008", sent.MsgKey, TestSessions.Log(session), default);
        var unknown = await MessageWrites.RecallAsync(session, "user_0007", "user_0008", "1_2_3", TestSessions.Log(session), default);

        Assert.Null(recalled.Failure);
        Assert.Equal((20023, null), (again.ResultCode, again.Failure));
        Assert.Equal("MessageNotFound", unknown.Failure!.ErrorId);
        var message = (await ReadAll(new MessageHistoryPager(session, "user_0008", "user_0007", DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1),
            TestSessions.Log(session)))).Single();
        Assert.True(message.IsRecalled);
        Assert.Equal("oops", message.Text);
    }

    [Fact]
    public async Task Modify_overwrites_the_body_and_unread_counts_follow_mark_read()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        var sent = await MessageSend.SendAsync(session, new ChatOutgoingMessage(ChatMessageBody.FromText("a")) { From = "user_0009" }, new[] { "user_0010" }, log, default);
        await MessageSend.SendAsync(session, new ChatOutgoingMessage(ChatMessageBody.FromText("b")) { From = "user_0009" }, new[] { "user_0010" }, log, default);

        Assert.Null((await MessageWrites.ModifyAsync(session, "user_0009", "user_0010", sent[0].MsgKey, ChatMessageBody.FromText("edited"), "cc", log, default)).Failure);
        Assert.Equal("NoMessageChange", Assert.Throws<ChatInputException>(() => { _ = MessageWrites.ModifyAsync(session, "user_0009", "user_0010", sent[0].MsgKey, null, null, log, default); }).ErrorId);

        var total = Assert.Single(await MessageWrites.GetUnreadAsync(session, "user_0010", Array.Empty<string>(), log, default));
        Assert.Equal((2L, ""), (total.Count.UnreadCount, total.Count.Peer));
        var perPeer = await MessageWrites.GetUnreadAsync(session, "user_0010", new[] { "user_0009", "ghost" }, log, default);
        Assert.Equal(2, perPeer[0].Count.UnreadCount);
        Assert.Equal("AccountNotFound", perPeer[1].Failure!.ErrorId);
        await MessageWrites.SetReadAsync(session, "user_0010", "user_0009", null, log, default);
        Assert.Equal(0, (await MessageWrites.GetUnreadAsync(session, "user_0010", Array.Empty<string>(), log, default))[0].Count.UnreadCount);

        var messages = await ReadAll(new MessageHistoryPager(session, "user_0010", "user_0009", DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1), log));
        Assert.Contains(messages, m => m.Text == "edited" && m.CloudCustomData == "cc");
    }
}
