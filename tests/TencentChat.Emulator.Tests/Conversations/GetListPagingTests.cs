using System.Text.Json;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Tests.Infrastructure;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Tests.Conversations;

/// <summary>get_list paging over generated data: completeness, CompleteFlag, order, AssistFlags, snapshot cursors, concurrent writes.</summary>
public sealed class GetListPagingTests
{
    private sealed record Page(IReadOnlyList<JsonElement> Items, bool Complete);

    /// <summary>Echoes all four cursors like a client must; <paramref name="betweenPages"/> runs after each page.</summary>
    private static async Task<List<Page>> PageThroughAsync(EmulatorClient api, string user, int flags, Action<int>? betweenPages = null)
    {
        var pages = new List<Page>();
        long ts = 0, si = 0, tts = 0, tsi = 0;
        while (true)
        {
            JsonElement response = await api.PostAsync("get_list",
                $$"""{"From_Account":"{{user}}","TimeStamp":{{ts}},"StartIndex":{{si}},"TopTimeStamp":{{tts}},"TopStartIndex":{{tsi}},"AssistFlags":{{flags}}}""");
            response.AssertOk();
            bool complete = response.GetProperty("CompleteFlag").GetInt32() == 1;
            pages.Add(new Page(response.GetProperty("SessionItem").EnumerateArray().ToList(), complete));
            if (complete) return pages;
            Assert.True(pages.Count < 10_000, "paging does not terminate");
            (ts, si, tts, tsi) = (response.GetProperty("TimeStamp").GetInt64(), response.GetProperty("StartIndex").GetInt64(),
                response.GetProperty("TopTimeStamp").GetInt64(), response.GetProperty("TopStartIndex").GetInt64());
            betweenPages?.Invoke(pages.Count);
        }
    }

    private static string Key(JsonElement item) =>
        item.GetProperty("Type").GetInt32() + ":" + (item.TryGetProperty("To_Account", out JsonElement a) ? a.GetString() : item.GetProperty("GroupId").GetString());

    private static string Key(ConversationInfo c) => (int)c.Kind + ":" + c.Peer;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(20)]
    public async Task EveryConversationExactlyOnce_InOrder(int pageSize)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "generate:4:1200", PageSize = pageSize });
        const string user = "user_000002";
        IReadOnlyList<ConversationInfo> expected = api.Host.State.GetConversations(user);
        Assert.Contains(expected, c => c.Pinned);
        Assert.Contains(expected, c => c.Empty);
        Assert.Contains(expected, c => c.Kind == ConversationKind.Group);

        List<Page> pages = await PageThroughAsync(api, user, 63);

        Assert.All(pages.SkipLast(1), p => Assert.False(p.Complete));
        Assert.All(pages, p => Assert.True(p.Items.Count <= pageSize));
        Assert.All(pages.SkipLast(1), p => Assert.Equal(pageSize, p.Items.Count));
        List<JsonElement> items = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(expected.Select(Key), items.Select(Key));
        Assert.Equal(expected.Select(c => c.MsgTime), items.Select(i => i.GetProperty("MsgTime").GetInt64()));
        Assert.Equal(expected.Select(c => c.Pinned ? 1 : 0), items.Select(i => i.GetProperty("TopFlag").GetInt32()));
    }

    [Fact]
    public async Task WithoutBit1_EmptyConversationsAreLeftOut()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "generate:4:1200", PageSize = 25 });
        IReadOnlyList<ConversationInfo> expected = api.Host.State.GetConversations("user_000001");
        List<JsonElement> items = (await PageThroughAsync(api, "user_000001", 63 & ~2)).SelectMany(p => p.Items).ToList();
        Assert.Equal(expected.Where(c => !c.Empty).Select(Key), items.Select(Key));
    }

    [Fact]
    public async Task WithoutBit2_AllPinnedComeOnTheFirstPage()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "generate:1:1000", PageSize = 5 });
        int pinned = api.Host.State.GetConversations("user_000001").Count(c => c.Pinned);
        Assert.True(pinned > 5);
        List<Page> pages = await PageThroughAsync(api, "user_000001", 3);
        Assert.Equal(pinned, pages[0].Items.Count(i => i.GetProperty("TopFlag").GetInt32() == 1));
        Assert.Equal(1000, pages.Sum(p => p.Items.Count));
    }

    [Fact]
    public async Task WithoutBit0_OneStreamByMsgTime()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "generate:2:300", PageSize = 9 });
        IReadOnlyList<ConversationInfo> all = api.Host.State.GetConversations("user_000001");
        List<JsonElement> items = (await PageThroughAsync(api, "user_000001", 2)).SelectMany(p => p.Items).ToList();
        Assert.Equal(all.OrderByDescending(c => c.MsgTime).ThenBy(c => c.Peer, StringComparer.Ordinal).Select(Key), items.Select(Key));
    }

    [Fact]
    public async Task EqualMsgTimes_PageByOffset()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "none", PageSize = 3 });
        for (int i = 0; i < 10; i++) api.Host.State.PutConversation("u", ConversationKind.C2C, $"p{i:D2}", 1700000000);
        for (int i = 0; i < 4; i++) api.Host.State.PutConversation("u", ConversationKind.Group, $"@TGS#{i}", 1700000000, pinned: true);
        List<JsonElement> items = (await PageThroughAsync(api, "u", 63)).SelectMany(p => p.Items).ToList();
        Assert.Equal(api.Host.State.GetConversations("u").Select(Key), items.Select(Key));
    }

    [Fact]
    public async Task ConversationsNewerThanTheSnapshot_WaitForTheNextListing()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "generate:2:400", PageSize = 10 });
        const string user = "user_000001";
        ChatState state = api.Host.State;
        List<ConversationInfo> before = state.GetConversations(user).ToList();
        long snapshot = Math.Max(state.Now, before.Max(c => c.MsgTime));
        var moved = new HashSet<string>();
        List<JsonElement> items = (await PageThroughAsync(api, user, 63, page =>
        {
            // A new message arrives in a conversation not yet returned, and a brand-new conversation starts.
            ConversationInfo bumped = before[^page];
            state.PutConversation(user, bumped.Kind, bumped.Peer, snapshot + page, bumped.Pinned, bumped.Empty);
            moved.Add(Key(bumped));
            state.PutConversation(user, ConversationKind.C2C, $"newcomer{page}", snapshot + page);
        })).SelectMany(p => p.Items).ToList();

        Assert.Equal(before.Select(Key).Where(k => !moved.Contains(k)), items.Select(Key));
        List<JsonElement> next = (await PageThroughAsync(api, user, 63)).SelectMany(p => p.Items).ToList();
        Assert.Equal(state.GetConversations(user).Select(Key), next.Select(Key));
    }

    [Fact]
    public async Task TheFinalPage_AnswersTheSampleCursorShape()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "generate:1:30", PageSize = 7 });
        long newest = api.Host.State.GetConversations("user_000001").Max(c => c.MsgTime);
        JsonElement last = default;
        long ts = 0, si = 0, tts = 0, tsi = 0;
        for (int page = 0; page < 100; page++)
        {
            last = await api.PostAsync("get_list",
                $$"""{"From_Account":"user_000001","TimeStamp":{{ts}},"StartIndex":{{si}},"TopTimeStamp":{{tts}},"TopStartIndex":{{tsi}},"AssistFlags":63}""");
            last.AssertOk();
            Assert.Equal(last.GetProperty("TimeStamp").GetInt64(), last.GetProperty("TopTimeStamp").GetInt64());
            if (last.GetProperty("CompleteFlag").GetInt32() == 1) break;
            (ts, si, tts, tsi) = (last.GetProperty("TimeStamp").GetInt64(), last.GetProperty("StartIndex").GetInt64(),
                last.GetProperty("TopTimeStamp").GetInt64(), last.GetProperty("TopStartIndex").GetInt64());
            Assert.Equal(ts, tts); // one snapshot for both streams, all along
        }

        Assert.Equal(1, last.GetProperty("CompleteFlag").GetInt32());
        Assert.True(last.GetProperty("TimeStamp").GetInt64() >= newest);
        Assert.Equal((0L, 0L), (last.GetProperty("StartIndex").GetInt64(), last.GetProperty("TopStartIndex").GetInt64()));
    }

    [Fact]
    public async Task TheSpecSampleCursor_ListsTheSnapshotFromTheTop()
    {
        // The spec §2.1 sample's final cursor sent back as it is: TimeStamp later than every MsgTime, offsets 0.
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        JsonElement response = await api.PostAsync("get_list",
            """{"From_Account":"user_0001","TimeStamp":1775552160,"StartIndex":0,"TopTimeStamp":1775552160,"TopStartIndex":0,"AssistFlags":63}""");

        response.AssertOk();
        IReadOnlyList<ConversationInfo> expected = api.Host.State.GetConversations("user_0001");
        Assert.Equal(expected.Take(20).Select(Key), response.GetProperty("SessionItem").EnumerateArray().Select(Key));
        Assert.Equal((1775552160L, 19L, 1775552160L, 1L), (response.GetProperty("TimeStamp").GetInt64(), response.GetProperty("StartIndex").GetInt64(),
            response.GetProperty("TopTimeStamp").GetInt64(), response.GetProperty("TopStartIndex").GetInt64()));
    }

    [Fact]
    public async Task AnOlderSnapshot_LeavesOutNewerConversations()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "none", PageSize = 10 });
        for (int i = 1; i <= 6; i++) api.Host.State.PutConversation("u", ConversationKind.C2C, $"p{i}", 1700000000 + i);
        JsonElement response = await api.PostAsync("get_list",
            """{"From_Account":"u","TimeStamp":1700000004,"StartIndex":1,"TopTimeStamp":1700000004,"TopStartIndex":0,"AssistFlags":63}""");

        response.AssertOk();
        Assert.Equal(new[] { "1:p3", "1:p2", "1:p1" }, response.GetProperty("SessionItem").EnumerateArray().Select(Key));
        Assert.Equal(1, response.GetProperty("CompleteFlag").GetInt32());
    }

    [Fact]
    public async Task AnExhaustedPinnedStream_IsNotRestartedWhileTheGeneralOneContinues()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "none", PageSize = 4 });
        for (int i = 0; i < 2; i++) api.Host.State.PutConversation("u", ConversationKind.C2C, $"top{i}", 1700000000 + i, pinned: true);
        for (int i = 0; i < 9; i++) api.Host.State.PutConversation("u", ConversationKind.C2C, $"p{i}", 1600000000 + i);

        List<Page> pages = await PageThroughAsync(api, "u", 63);

        Assert.Equal(new[] { 4, 4, 3 }, pages.Select(p => p.Items.Count));
        Assert.Equal(2, pages.SelectMany(p => p.Items).Count(i => i.GetProperty("TopFlag").GetInt32() == 1));
    }
}
