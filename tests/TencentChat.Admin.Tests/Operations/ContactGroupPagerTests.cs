using System.Net;
using System.Text;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Paging;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Operations;

public class ContactGroupPagerTests
{
    [Fact]
    public async Task Pages_lazily_one_request_per_page_until_CompleteFlag()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { SecretKey = EmulatorFixture.Key, Seed = "demo", PageSize = 1 });
        using var session = EmulatorFixture.Open(host);
        var pager = new ContactGroupPager(session, "user_0001", EmulatorFixture.Log(session));

        var first = await pager.NextPageAsync(default);
        Assert.Single(first);
        Assert.Equal(1, host.Stats.Requests["get_contact_group"]);
        Assert.Equal(new[] { "group_0001", "group_0002" }, pager.Groups.Select(g => g.Name)); // known after page one

        var records = first.ToList();
        while (!pager.IsComplete) records.AddRange(await pager.NextPageAsync(default));

        Assert.Equal(3, records.Count);
        Assert.Equal(pager.PagesFetched, host.Stats.Requests["get_contact_group"]);
        var user0002 = records.Single(r => r.ConversationId == "c2c_user_0002");
        Assert.Equal(new[] { "group_0001", "group_0002" }, user0002.ContactGroupNames);
        Assert.Equal("abcde", user0002.CustomMark);
        Assert.Empty(await pager.NextPageAsync(default));
        Assert.Equal(pager.PagesFetched, host.Stats.Requests["get_contact_group"]);
    }

    [Fact]
    public async Task Stops_with_NonAdvancingCursor_when_NextStartIndex_repeats()
    {
        var handler = new FixedAnswer("""{"ContactItem":[],"GroupItem":[],"CompleteFlag":0,"NextStartIndex":7,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}""");
        using var session = ChatSession.Open(new ChatConnectionSettings
        {
            SdkAppId = 1400000000,
            SecretKey = ChatSecretKey.FromString("k"),
            Endpoint = new Uri("http://127.0.0.1:9/"),
            RateLimitPerSecond = 0,
            Retry = RetryPolicy.NoRetries,
        }, handler: handler);
        var pager = new ContactGroupPager(session, "user_0001", EmulatorFixture.Log(session));

        await pager.NextPageAsync(default);
        var e = await Assert.ThrowsAsync<ChatProtocolException>(() => pager.NextPageAsync(default));
        Assert.Equal("NonAdvancingCursor", e.ErrorId);
        Assert.Equal("user_0001", e.Target);
        Assert.Equal(2, handler.Calls);
    }

    private sealed class FixedAnswer(string json) : HttpMessageHandler
    {
        public int Calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }
}
