using System.Text.Json;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Tests.Infrastructure;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Tests.Conversations;

/// <summary>get_contact_group paging by StartIndex/NextStartIndex.</summary>
public sealed class ContactGroupPagingTests
{
    private static async Task<List<JsonElement>> PageThroughAsync(EmulatorClient api, int pageSize, Action<int>? betweenPages = null)
    {
        var items = new List<JsonElement>();
        long start = 0;
        for (int page = 1; ; page++)
        {
            JsonElement response = await api.PostAsync("get_contact_group", $$"""{"From_Account":"u","StartIndex":{{start}}}""");
            response.AssertOk();
            List<JsonElement> pageItems = response.GetProperty("ContactItem").EnumerateArray().ToList();
            Assert.True(pageItems.Count <= pageSize);
            Assert.Equal(2, response.GetProperty("GroupItem").GetArrayLength());
            items.AddRange(pageItems);
            start = response.GetProperty("NextStartIndex").GetInt64();
            if (response.GetProperty("CompleteFlag").GetInt32() == 1)
            {
                Assert.Equal(0, start);
                return items;
            }
            Assert.NotEqual(0, start);
            betweenPages?.Invoke(page);
        }
    }

    private static async Task<EmulatorClient> StartWithRecordsAsync(int records)
    {
        EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "none", PageSize = 7 });
        ChatState state = api.Host.State;
        int g1 = state.CreateGroup("u", "one");
        state.CreateGroup("u", "two");
        for (int i = 0; i < records; i++)
        {
            if (i % 2 == 0) state.AddToGroup("u", g1, ConversationKind.C2C, $"p{i:D3}");
            else state.SetMarks("u", ConversationKind.Group, $"@TGS#{i:D3}", 1UL << (i % 64), i % 3 == 0 ? "c" + i : null);
        }
        return api;
    }

    [Fact]
    public async Task EveryRecordExactlyOnce()
    {
        await using EmulatorClient api = await StartWithRecordsAsync(50);
        List<JsonElement> items = await PageThroughAsync(api, 7);
        Assert.Equal(50, items.Select(i => i.GetRawText()).Distinct().Count());
    }

    [Fact]
    public async Task ExactlyOnePage_IsComplete()
    {
        await using EmulatorClient api = await StartWithRecordsAsync(7);
        Assert.Equal(7, (await PageThroughAsync(api, 7)).Count);
    }

    [Fact]
    public async Task DeletesDuringPaging_DoNotSkipOtherRecords()
    {
        await using EmulatorClient api = await StartWithRecordsAsync(50);
        // After each page, clear the marks of a record that page returned: that record disappears.
        List<JsonElement> items = await PageThroughAsync(api, 7, page =>
            api.Host.State.SetMarks("u", ConversationKind.Group, $"@TGS#{7 * page - 2:D3}", 0, null));
        Assert.Equal(50, items.Count);
    }
}
