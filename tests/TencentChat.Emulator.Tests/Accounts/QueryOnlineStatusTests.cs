using System.Net;
using System.Text.Json;
using System.Text;
using TencentChat.Emulator.Accounts;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Accounts;

/// <summary>openim/query_online_status and querystate (account spec §3.6), with state set through POST /_emulator/online.</summary>
public sealed class QueryOnlineStatusTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonElement Body)> SetOnlineAsync(string json)
    {
        using HttpResponseMessage response = await _api.Http.PostAsync("_emulator/online", new StringContent(json, Encoding.UTF8, "application/json"));
        return (response.StatusCode, await EmulatorClient.ReadJsonAsync(response));
    }

    private async Task OnlineAsync(string userId, string platform, string status) =>
        Assert.Equal(HttpStatusCode.OK, (await SetOnlineAsync($$"""{"UserID":"{{userId}}","Platform":"{{platform}}","Status":"{{status}}"}""")).Status);

    [Fact]
    public async Task SpecSample_DetailForOnlineAccounts_ErrorListForMissingOnes()
    {
        (await _api.PostAsync("multiaccount_import", """{"Accounts":["id1","id2"]}""")).AssertOk();
        await OnlineAsync("id1", "iPhone", "PushOnline");
        await OnlineAsync("id1", "Web", "Online");

        JsonElement response = await _api.PostAsync("query_online_status", """{"IsNeedDetail":1,"To_Account":["id1","id2","id4"]}""");

        response.AssertOk();
        Assert.Equal(new[] { "QueryResult", "ErrorList", "ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay" }, response.Names());
        Assert.Equal(
            """[{"To_Account":"id1","Status":"Online","State":"Online","Detail":[{"Platform":"iPhone","Status":"PushOnline","State":"PushOnline"},""" +
            """{"Platform":"Web","Status":"Online","State":"Online"}]},{"To_Account":"id2","Status":"Offline","State":"Offline"}]""",
            response.GetProperty("QueryResult").GetRawText());
        Assert.Equal("""[{"To_Account":"id4","ErrorCode":70107}]""", response.GetProperty("ErrorList").GetRawText());
        Assert.Equal(1, _api.Host.Stats.Requests["query_online_status"]);
    }

    [Fact]
    public async Task WithoutIsNeedDetail_NoDetail_AndErrorListIsEmpty()
    {
        await OnlineAsync("user_0001", "Android", "Online");
        JsonElement response = await _api.PostAsync("query_online_status", """{"To_Account":["user_0001","user_0002"]}""");
        Assert.Equal("""[{"To_Account":"user_0001","Status":"Online","State":"Online"},{"To_Account":"user_0002","Status":"Offline","State":"Offline"}]""",
            response.GetProperty("QueryResult").GetRawText());
        Assert.Equal("[]", response.GetProperty("ErrorList").GetRawText());
    }

    [Fact]
    public async Task Aggregate_OnlineBeatsPushOnlineBeatsOffline_OfflinePlatformsAreNotListed()
    {
        await OnlineAsync("user_0001", "iPhone", "PushOnline");
        await OnlineAsync("user_0001", "PC", "Offline");
        Assert.Equal("""{"To_Account":"user_0001","Status":"PushOnline","State":"PushOnline","Detail":[{"Platform":"iPhone","Status":"PushOnline","State":"PushOnline"}]}""",
            (await _api.PostAsync("query_online_status", """{"IsNeedDetail":1,"To_Account":["user_0001"]}""")).GetProperty("QueryResult")[0].GetRawText());

        await OnlineAsync("user_0001", "iPhone", "Offline");
        Assert.Equal("""{"To_Account":"user_0001","Status":"Offline","State":"Offline"}""",
            (await _api.PostAsync("query_online_status", """{"IsNeedDetail":1,"To_Account":["user_0001"]}""")).GetProperty("QueryResult")[0].GetRawText());
    }

    [Fact]
    public async Task QueryState_IsAnAliasCountedUnderItsOwnName()
    {
        await OnlineAsync("user_0003", "Mac", "Online");
        Uri uri = new(_api.Host.BaseAddress, "v4/openim/querystate" + _api.Host.CommandUri("query_online_status").Query);
        JsonElement response = await _api.PostAsync(uri, """{"To_Account":["user_0003"]}""");
        Assert.Equal("Online", response.GetProperty("QueryResult")[0].GetProperty("State").GetString());
        Assert.Equal(1, _api.Host.Stats.Requests["querystate"]);
        Assert.Equal(0, _api.Host.Stats.Requests["query_online_status"]);
    }

    [Fact]
    public async Task FiveHundredIds_Pass_FiveHundredAndOne_Are90011()
    {
        static string Ids(int n) => string.Join(",", Enumerable.Range(0, n).Select(i => $"\"user_{i:0000}\""));
        JsonElement response = await _api.PostAsync("query_online_status", $$"""{"To_Account":[{{Ids(500)}}]}""");
        Assert.Equal(12, response.GetProperty("QueryResult").GetArrayLength());
        Assert.Equal(488, response.GetProperty("ErrorList").GetArrayLength());
        Assert.Contains("To_Account holds 501 items", (await _api.PostAsync("query_online_status", $$"""{"To_Account":[{{Ids(501)}}]}""")).AssertFails(90011));
    }

    [Fact]
    public async Task IdOver32Bytes_IsInErrorList()
    {
        string id = new('q', 33);
        Assert.Equal($$"""[{"To_Account":"{{id}}","ErrorCode":70107}]""",
            (await _api.PostAsync("query_online_status", $$"""{"To_Account":["{{id}}"]}""")).GetProperty("ErrorList").GetRawText());
    }

    [Theory]
    [InlineData("""{}""", 90001, "To_Account is required")]
    [InlineData("""{"To_Account":[]}""", 90001, "To_Account must not be empty")]
    [InlineData("""{"To_Account":["a",""]}""", 90001, "To_Account[1] must not be empty")]
    [InlineData("""{"To_Account":"a"}""", 90001, "To_Account must be a JSON array")]
    [InlineData("""{"To_Account":["a",7]}""", 90003, "To_Account[1] is an account and must be a JSON string")]
    [InlineData("""{"To_Account":["a"],"IsNeedDetail":2}""", 90001, "IsNeedDetail must be 0 or 1")]
    [InlineData("""{"To_Account":["a"],"IsNeedDetail":"1"}""", 90001, "IsNeedDetail must be a JSON integer")]
    public async Task BadRequest_HasTheOpenImCodes(string body, int code, string expected) =>
        Assert.Contains(expected, (await _api.PostAsync("query_online_status", body)).AssertFails(code));

    [Fact]
    public async Task BodyNotJson_Is90001_WithTheSampleShape() =>
        (await _api.PostAsync("query_online_status", "{not json")).AssertFails(90001);

    [Theory]
    [InlineData("""{"UserID":"user_0001","Platform":"iPhone","Status":"online"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"UserID":"user_0001","Platform":"iPhone","Status":"2"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"UserID":"user_0001","Platform":"","Status":"Online"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"UserID":"user_0001","Status":"Online"}""", HttpStatusCode.BadRequest)]
    [InlineData("""["user_0001"]""", HttpStatusCode.BadRequest)]
    [InlineData("""not json""", HttpStatusCode.BadRequest)]
    [InlineData("""{"UserID":"nobody","Platform":"iPhone","Status":"Online"}""", HttpStatusCode.NotFound)]
    public async Task ControlOnline_RefusesBadBodiesAndUnknownAccounts(string body, HttpStatusCode expected)
    {
        (HttpStatusCode status, JsonElement answer) = await SetOnlineAsync(body);
        Assert.Equal(expected, status);
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task ControlOnline_AnswersTheAccountsState_AndHostStateAgrees()
    {
        (HttpStatusCode status, JsonElement answer) = await SetOnlineAsync("""{"UserID":"user_0002","Platform":"iPad","Status":"PushOnline"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"UserID":"user_0002","Status":"PushOnline","Platforms":[{"Platform":"iPad","Status":"PushOnline"}]}""", answer.GetRawText());
        Assert.Equal(new[] { new PlatformStatus("iPad", OnlineStatus.PushOnline) }, _api.Host.State.GetAccount("user_0002")!.Platforms);
    }
}
