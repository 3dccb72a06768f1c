using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Conversations;

public class ContactGroupPagerTests
{
    [Fact]
    public async Task Pages_lazily_one_request_per_page_until_CompleteFlag()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { PageSize = 1 });
        var session = emulator.OpenSession();
        var pager = new ContactGroupPager(session, "user_0001", TestSessions.Log(session));

        var first = await pager.NextPageAsync(default);
        Assert.Single(first);
        Assert.Equal(1, emulator.Requests("get_contact_group"));
        Assert.Equal(new[] { "group_0001", "group_0002" }, pager.Groups.Select(g => g.Name)); // known after page one

        var records = first.ToList();
        while (!pager.IsComplete) records.AddRange(await pager.NextPageAsync(default));

        Assert.Equal(3, records.Count);
        Assert.Equal(pager.PagesFetched, emulator.Requests("get_contact_group"));
        var user0002 = records.Single(r => r.ConversationId == "c2c_user_0002");
        Assert.Equal(new[] { "group_0001", "group_0002" }, user0002.ContactGroupNames);
        Assert.Equal("abcde", user0002.CustomMark);
        Assert.Empty(await pager.NextPageAsync(default));
        Assert.Equal(pager.PagesFetched, emulator.Requests("get_contact_group"));
    }

    [Fact]
    public async Task Stops_with_NonAdvancingCursor_when_NextStartIndex_repeats()
    {
        await using var server = await CannedServer.JsonAsync(
            """{"ContactItem":[],"GroupItem":[],"CompleteFlag":0,"NextStartIndex":7,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}""");
        var session = TestSessions.Open(server.BaseAddress);
        var pager = new ContactGroupPager(session, "user_0001", TestSessions.Log(session));

        await pager.NextPageAsync(default);
        var e = await Assert.ThrowsAsync<ChatProtocolException>(() => pager.NextPageAsync(default));
        Assert.Equal("NonAdvancingCursor", e.ErrorId);
        Assert.Equal("user_0001", e.Target);
        Assert.Equal(2, server.Requests.Count);
    }
}
