using System.Text.Json;
using TencentChat.Emulator.State;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests;

/// <summary>get_list paging over generated data: completeness, CompleteFlag, order, AssistFlags, concurrent writes.</summary>
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
    public async Task EqualMsgTimes_PageByTieIndex()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "none", PageSize = 3 });
        for (int i = 0; i < 10; i++) api.Host.State.PutConversation("u", ConversationKind.C2C, $"p{i:D2}", 1700000000);
        for (int i = 0; i < 4; i++) api.Host.State.PutConversation("u", ConversationKind.Group, $"@TGS#{i}", 1700000000, pinned: true);
        List<JsonElement> items = (await PageThroughAsync(api, "u", 63)).SelectMany(p => p.Items).ToList();
        Assert.Equal(api.Host.State.GetConversations("u").Select(Key), items.Select(Key));
    }

    [Fact]
    public async Task ConcurrentWrites_DoNotRepeatOrSkipUnchangedConversations()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "generate:2:400", PageSize = 10 });
        const string user = "user_000001";
        ChatState state = api.Host.State;
        List<ConversationInfo> before = state.GetConversations(user).ToList();
        var moved = new HashSet<string>();
        List<JsonElement> items = (await PageThroughAsync(api, user, 63, page =>
        {
            // A new message arrives in a conversation further down the list, and a brand-new conversation starts.
            ConversationInfo bumped = before[^page];
            state.PutConversation(user, bumped.Kind, bumped.Peer, 1790000000 + page, bumped.Pinned, bumped.Empty);
            moved.Add(Key(bumped));
            state.PutConversation(user, ConversationKind.C2C, $"newcomer{page}", 1790000000 + page);
        })).SelectMany(p => p.Items).ToList();

        List<string> keys = items.Select(Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(before.Where(c => !moved.Contains(Key(c))), c => Assert.Contains(Key(c), keys));
    }
}
