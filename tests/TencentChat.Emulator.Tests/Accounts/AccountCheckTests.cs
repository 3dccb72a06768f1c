using System.Text.Json;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Accounts;

/// <summary>im_open_login_svc/account_check (account spec §3.4) against the demo seed.</summary>
public sealed class AccountCheckTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Check_AnswersEachItemInRequestOrder_UnknownIsNotImportedNotAnError()
    {
        JsonElement response = await _api.PostAsync("account_check",
            """{"CheckItem":[{"UserID":"user_0002"},{"UserID":"UserID_2"},{"UserID":"user_0001"},{"UserID":"user_0002"}]}""");

        response.AssertOk();
        Assert.Equal(new[] { "ResultItem", "ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay" }, response.Names());
        Assert.Equal(
            """[{"UserID":"user_0002","ResultCode":0,"ResultInfo":"","AccountStatus":"Imported"},""" +
            """{"UserID":"UserID_2","ResultCode":0,"ResultInfo":"","AccountStatus":"NotImported"},""" +
            """{"UserID":"user_0001","ResultCode":0,"ResultInfo":"","AccountStatus":"Imported"},""" +
            """{"UserID":"user_0002","ResultCode":0,"ResultInfo":"","AccountStatus":"Imported"}]""",
            response.GetProperty("ResultItem").GetRawText());
        Assert.Equal(1, _api.Host.Stats.Requests["account_check"]);
    }

    [Fact]
    public async Task Check_TheAdminAndEveryDemoUserAreImported()
    {
        string items = string.Join(",", new[] { "administrator" }.Concat(Enumerable.Range(1, 12).Select(i => $"user_{i:0000}")).Select(id => $$"""{"UserID":"{{id}}"}"""));
        JsonElement response = await _api.PostAsync("account_check", $$"""{"CheckItem":[{{items}}]}""");
        Assert.All(response.GetProperty("ResultItem").EnumerateArray(), r => Assert.Equal("Imported", r.GetProperty("AccountStatus").GetString()));
    }

    [Fact]
    public async Task Check_AcceptsTheOldIdentifierName_UserIdWins()
    {
        JsonElement response = await _api.PostAsync("account_check", """{"CheckItem":[{"Identifier":"user_0003"},{"UserID":"nobody","Identifier":"user_0003"}]}""");
        Assert.Equal("user_0003", response.GetProperty("ResultItem")[0].GetProperty("UserID").GetString());
        Assert.Equal("NotImported", response.GetProperty("ResultItem")[1].GetProperty("AccountStatus").GetString());
    }

    [Fact]
    public async Task Check_IdOver32Bytes_IsNotImported()
    {
        string id = new('x', 33);
        JsonElement response = await _api.PostAsync("account_check", $$"""{"CheckItem":[{"UserID":"{{id}}"}]}""");
        response.AssertOk();
        Assert.Equal("NotImported", response.GetProperty("ResultItem")[0].GetProperty("AccountStatus").GetString());
    }

    [Fact]
    public async Task Check_HundredItems_Pass_HundredAndOne_Are70206()
    {
        static string Items(int n) => string.Join(",", Enumerable.Range(0, n).Select(i => $$"""{"UserID":"u{{i}}"}"""));
        JsonElement hundred = await _api.PostAsync("account_check", $$"""{"CheckItem":[{{Items(100)}}]}""");
        Assert.Equal(100, hundred.GetProperty("ResultItem").GetArrayLength());

        string info = (await _api.PostAsync("account_check", $$"""{"CheckItem":[{{Items(101)}}]}""")).AssertFails(70206);
        Assert.Contains("CheckItem holds 101 items", info);
    }

    [Theory]
    [InlineData("""{}""", "CheckItem is required")]
    [InlineData("""{"CheckItem":[]}""", "CheckItem must not be empty")]
    [InlineData("""{"CheckItem":{"UserID":"a"}}""", "CheckItem must be a JSON array")]
    [InlineData("""{"CheckItem":["user_0001"]}""", "CheckItem[0] must be a JSON object")]
    [InlineData("""{"CheckItem":[{"UserID":"a"},{}]}""", "CheckItem[1].UserID is required")]
    [InlineData("""{"CheckItem":[{"UserID":""}]}""", "CheckItem[0].UserID must not be empty")]
    [InlineData("""{"CheckItem":[{"UserID":7}]}""", "CheckItem[0].UserID is an account field and must be a JSON string")]
    public async Task Check_BadRequest_Is70402NamingTheField(string body, string expected)
    {
        string info = (await _api.PostAsync("account_check", body)).AssertFails(70402);
        Assert.Contains(expected, info);
    }
}
