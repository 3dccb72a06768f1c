using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Conversations;

/// <summary>get_list paging against the emulator over loopback HTTP.</summary>
public class ConversationPagerTests
{
    internal static async Task<List<ChatConversation>> ListAll(ChatSession session, string account, ChatAssistFlags flags = ChatAssistFlags.All)
    {
        var pager = new ConversationPager(session, account, flags, TestSessions.Log(session));
        var all = new List<ChatConversation>();
        while (!pager.IsComplete) all.AddRange(await pager.NextPageAsync(default));
        return all;
    }

    [Fact]
    public async Task The_demo_account_lists_the_spec_sample_across_several_pages()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();

        var conversations = await ListAll(session, "user_0001");

        Assert.True(emulator.Requests("get_list") >= 3, $"only {emulator.Requests("get_list")} pages");
        Assert.Equal(conversations.Count, conversations.Select(c => c.ConversationId).Distinct().Count());

        var pinned = conversations.Single(c => c.ConversationId == "c2c_user_0003");
        Assert.True(pinned.IsPinned);
        Assert.Equal(("user_0001", ChatConversationType.C2C, "user_0003", (string?)null), (pinned.Account, pinned.Type, pinned.PeerAccount, pinned.GroupId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772605020), pinned.LastMessageTime);
        Assert.Equal("111001", pinned.StandardMark);
        Assert.Equal("Star;Hide;Bit4;Bit5", pinned.Marks.ToString());
        Assert.Equal("abcd", pinned.CustomMark);
        Assert.Equal("group_0001", pinned.ContactGroupNames.ToString());

        var group = conversations.Single(c => c.ConversationId == "group_@TGS#1B2AUI7RZ");
        Assert.Equal((ChatConversationType.Group, "@TGS#1B2AUI7RZ", (string?)null), (group.Type, group.GroupId, group.PeerAccount));
        // The spec's get_list and search samples disagree on this conversation's groups; the demo seed keeps the search sample's [1].
        Assert.Equal("1", group.ContactGroupIds.ToString());
        Assert.Equal("group_0001", group.ContactGroupNames.ToString());

        var plain = conversations.Single(c => c.ConversationId == "c2c_user_0002");
        Assert.False(plain.IsPinned);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772612017), plain.LastMessageTime);
        Assert.Equal("group_0001;group_0002", plain.ContactGroupNames.ToString()); // the search sample's record for user_0002
        Assert.Equal(TimeSpan.Zero, plain.LastMessageTime!.Value.Offset);
    }

    [Fact]
    public async Task One_page_costs_one_get_list_request_and_nothing_is_fetched_ahead()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var pager = new ConversationPager(session, "user_0001", ChatAssistFlags.All, TestSessions.Log(session));

        var first = await pager.NextPageAsync(default);

        Assert.NotEmpty(first);
        Assert.False(pager.IsComplete);
        Assert.Equal(1, emulator.Requests("get_list"));
        Assert.Equal(1, emulator.AllRequests); // group names came with the page, no second call
        Assert.Contains(first, c => c.ContactGroupNames.Count > 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    public async Task Every_conversation_comes_exactly_once_across_both_streams(int pageSize)
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:6:1800", PageSize = pageSize });
        var session = emulator.OpenSession();

        foreach (string user in emulator.Host.State.Users)
        {
            var expected = emulator.Host.State.GetConversations(user)
                .Select(c => (c.Kind == TencentChat.Emulator.Conversations.ConversationKind.C2C ? "c2c_" : "group_") + c.Peer).OrderBy(x => x, StringComparer.Ordinal).ToList();
            var listed = (await ListAll(session, user)).Select(c => c.ConversationId).ToList();
            Assert.Equal(listed.Count, listed.Distinct().Count());
            Assert.Equal(expected, listed.OrderBy(x => x, StringComparer.Ordinal).ToList());
        }
    }

    [Fact]
    public async Task Pinned_conversations_come_before_the_others()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:2:400", PageSize = 9 });
        var listed = await ListAll(emulator.OpenSession(), "user_000001");
        Assert.Contains(listed, c => c.IsPinned);
        Assert.Equal(listed.OrderByDescending(c => c.IsPinned).Select(c => c.ConversationId), listed.Select(c => c.ConversationId));
    }

    [Fact]
    public async Task Without_a_GroupItem_in_the_page_names_are_read_once_per_account_from_get_contact_group()
    {
        // An answer with ContactGroupId but no GroupItem dictionary, as a server that does not send it would give.
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var stripped = await CannedServer.StartAsync(async (_, context) =>
        {
            using var upstream = new HttpClient();
            var forwarded = await upstream.PostAsync(new Uri(emulator.Host.BaseAddress, context.Request.Path + context.Request.QueryString),
                new StringContent(await new StreamReader(context.Request.Body).ReadToEndAsync()));
            var body = System.Text.Json.Nodes.JsonNode.Parse(await forwarded.Content.ReadAsStringAsync())!.AsObject();
            if (context.Request.Path.Value!.EndsWith("get_list")) body.Remove("GroupItem");
            await CannedServer.Respond(context, 200, "application/json", body.ToJsonString());
        });
        var session = emulator.OpenSession(s => s.Endpoint = stripped.BaseAddress);

        var conversations = await ListAll(session, "user_0001");

        Assert.Equal("group_0001;group_0002", conversations.Single(c => c.ConversationId == "c2c_user_0002").ContactGroupNames.ToString());
        Assert.Equal(1, emulator.Requests("get_contact_group"));
        Assert.Equal(3, emulator.Requests("get_list"));
    }

    private static async Task<Exception?> FirstPageFailure(string body)
    {
        await using var server = await CannedServer.JsonAsync(body);
        using var session = TestSessions.Open(server.BaseAddress);
        var pager = new ConversationPager(session, "user_0001", ChatAssistFlags.All, TestSessions.Log(session));
        return await Record.ExceptionAsync(() => pager.NextPageAsync(default));
    }

    [Fact]
    public async Task An_item_field_of_the_wrong_type_is_named_by_its_place_without_its_value()
    {
        var e = await FirstPageFailure("""{"ErrorCode":0,"SessionItem":[{"Type":1,"To_Account":"a"},{"Type":1,"To_Account":"b","MsgTime":"secret-ish"}],"CompleteFlag":1}""");

        var error = Assert.IsType<ChatProtocolException>(e);
        Assert.Equal("InvalidResponse", error.ErrorId);
        Assert.Contains("$.SessionItem[1].MsgTime", error.Message);
        Assert.DoesNotContain("secret-ish", error.Message);
    }

    [Fact]
    public async Task A_failure_answer_is_reported_by_its_error_code_even_when_its_items_are_not_conversations()
    {
        // Items are mapped while the body is read, but a bad one must not hide the envelope's error code.
        var e = await FirstPageFailure("""{"ActionStatus":"FAIL","ErrorCode":50001,"ErrorInfo":"no such account","SessionItem":[{"Type":1}],"CompleteFlag":1}""");

        Assert.Equal(50001, Assert.IsType<ChatApiException>(e).ErrorCode);
    }

    [Fact]
    public async Task A_success_answer_with_an_item_that_lacks_its_key_is_a_protocol_error()
    {
        var e = await FirstPageFailure("""{"ErrorCode":0,"SessionItem":[{"Type":1,"To_Account":"a"},{"Type":2,"To_Account":"b"}],"CompleteFlag":1}""");

        var error = Assert.IsType<ChatProtocolException>(e);
        Assert.Equal("InvalidResponse", error.ErrorId);
        Assert.Contains("Type 2 without the matching", error.Message);
    }

    [Fact]
    public async Task Unknown_item_fields_are_skipped_and_a_repeated_field_keeps_its_last_value()
    {
        await using var server = await CannedServer.JsonAsync(
            """{"ErrorCode":0,"CompleteFlag":1,"SessionItem":[{"Extra":{"a":[1,{"b":"}"}]},"Type":2,"GroupId":"g1","GroupId":"g2","MsgTime":0,"StandardMark":null,"ContactGroupId":null,"Later":[]}]}""");
        using var session = TestSessions.Open(server.BaseAddress);
        var pager = new ConversationPager(session, "user_0001", ChatAssistFlags.All, TestSessions.Log(session));

        var conversation = Assert.Single(await pager.NextPageAsync(default));

        Assert.Equal(("user_0001", "group_g2", (DateTimeOffset?)null), (conversation.Account, conversation.ConversationId, conversation.LastMessageTime));
        Assert.Equal((string.Empty, 0, 0), (conversation.StandardMark, conversation.Marks.Count, conversation.ContactGroupIds.Count));
    }

    [Fact]
    public async Task Cursors_the_server_repeats_stop_the_pager_instead_of_looping()
    {
        // Page 1 moves the cursors on; page 2 hands them back unchanged without CompleteFlag 1.
        await using var server = await CannedServer.JsonAsync(
            """{"SessionItem":[{"Type":1,"To_Account":"a","MsgTime":5,"TopFlag":0}],"CompleteFlag":0,"TimeStamp":5,"StartIndex":1,"TopTimeStamp":0,"TopStartIndex":0,"ErrorCode":0}""");
        using var session = TestSessions.Open(server.BaseAddress);
        var pager = new ConversationPager(session, "user_0001", ChatAssistFlags.All, TestSessions.Log(session));

        Assert.Single(await pager.NextPageAsync(default));
        var e = await Assert.ThrowsAsync<ChatProtocolException>(() => pager.NextPageAsync(default));

        Assert.Equal(("NonAdvancingCursor", (object?)"user_0001"), (e.ErrorId, e.Target));
        Assert.Contains("TimeStamp 5, StartIndex 1", e.Message);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("\"TimeStamp\":5,\"StartIndex\":1", server.Requests.Last().Body); // the cursors were echoed back
    }

    [Fact]
    public async Task A_cycle_longer_than_the_window_of_recent_cursors_is_still_stopped()
    {
        // Each answer's StartIndex is the request's StartIndex mod 40, plus 1: a 40-page cycle 1, 2, …, 40, 1, …
        const int cycle = 40;
        Assert.True(cycle > CursorPager<long, ChatConversation>.RecentWindow);
        await using var server = await CannedServer.StartAsync(async (_, context) =>
        {
            using var request = System.Text.Json.JsonDocument.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync());
            long start = request.RootElement.GetProperty("StartIndex").GetInt64();
            await CannedServer.Respond(context, 200, "application/json",
                $$"""{"SessionItem":[],"CompleteFlag":0,"TimeStamp":9,"StartIndex":{{start % cycle + 1}},"TopTimeStamp":9,"TopStartIndex":0,"ErrorCode":0}""");
        });
        using var session = TestSessions.Open(server.BaseAddress);
        var pager = new ConversationPager(session, "user_0001", ChatAssistFlags.All, TestSessions.Log(session));

        var e = await Assert.ThrowsAsync<ChatProtocolException>(async () =>
        {
            for (int page = 0; page < 100 * cycle; page++) await pager.NextPageAsync(default);
        });

        Assert.Equal("NonAdvancingCursor", e.ErrorId);
        Assert.InRange(server.Requests.Count, cycle + 1, 4 * cycle);
    }

    [Fact]
    public async Task The_emulators_snapshot_cursors_are_echoed_back_unchanged()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:1:50", PageSize = 20 });
        var bodies = new List<string>();
        await using var recorder = await CannedServer.StartAsync(async (_, context) =>
        {
            string body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            using var upstream = new HttpClient();
            var forwarded = await upstream.PostAsync(new Uri(emulator.Host.BaseAddress, context.Request.Path + context.Request.QueryString), new StringContent(body));
            string answer = await forwarded.Content.ReadAsStringAsync();
            lock (bodies) bodies.Add(answer);
            await CannedServer.Respond(context, 200, "application/json", answer);
        });
        var session = emulator.OpenSession(s => s.Endpoint = recorder.BaseAddress);

        var listed = await ListAll(session, "user_000001");

        Assert.Equal(50, listed.Select(c => c.ConversationId).Distinct().Count());
        var requests = recorder.Requests.Select(r => System.Text.Json.JsonDocument.Parse(r.Body).RootElement).ToList();
        var answers = bodies.Select(b => System.Text.Json.JsonDocument.Parse(b).RootElement).ToList();
        Assert.Equal(3, requests.Count);
        string[] cursor = { "TimeStamp", "StartIndex", "TopTimeStamp", "TopStartIndex" };
        for (int i = 1; i < requests.Count; i++)
            Assert.All(cursor, field => Assert.Equal(answers[i - 1].GetProperty(field).GetInt64(), requests[i].GetProperty(field).GetInt64()));
        Assert.Equal(0, answers[^1].GetProperty("StartIndex").GetInt64()); // the final page's (snapshot, 0), as in the spec sample
    }

    [Fact]
    public async Task Invalid_accounts_are_refused_before_any_request()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        Assert.Equal("InvalidAccount", Assert.Throws<ChatInputException>(() => new ConversationPager(session, new string('x', 40), ChatAssistFlags.All, TestSessions.Log(session))).ErrorId);
        Assert.Equal(0, emulator.AllRequests);
    }

    [Fact]
    public async Task One_session_serves_32_threads_at_once()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:32:3200", PageSize = 15 });
        var session = emulator.OpenSession(s => s.RateLimitPerSecond = 200);
        var users = emulator.Host.State.Users.ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() => ListAll(session, users[i % users.Count]))));

        for (int i = 0; i < 32; i++)
        {
            Assert.Equal(emulator.Host.State.GetConversations(users[i % users.Count]).Count, results[i].Count);
            Assert.All(results[i], c => Assert.Equal(users[i % users.Count], c.Account));
        }
    }
}
