using System.Text.Json;
using TencentChat.Emulator.Accounts;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Accounts;

/// <summary>im_open_login_svc/multiaccount_import (account spec §3.2), both request forms.</summary>
public sealed class MultiAccountImportTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static string Ids(string prefix, int n) => string.Join(",", Enumerable.Range(0, n).Select(i => $"\"{prefix}{i}\""));

    [Fact]
    public async Task AccountsForm_SpecSample_ImportsEveryId_FailAccountsEmpty()
    {
        JsonElement response = await _api.PostAsync("multiaccount_import", """{"Accounts":["test1","test2","test3","test4","test5"]}""");

        response.AssertOk();
        Assert.Equal(new[] { "FailAccounts", "ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay" }, response.Names());
        Assert.Equal("[]", response.GetProperty("FailAccounts").GetRawText());
        Assert.All(new[] { "test1", "test2", "test3", "test4", "test5" }, id => Assert.True(_api.Host.State.UserExists(id)));
        Assert.Null(_api.Host.State.GetAccount("test1")!.Nick);
        Assert.Equal(1, _api.Host.Stats.Requests["multiaccount_import"]);
    }

    [Fact]
    public async Task AccountListForm_SpecSample_SetsTheProfileFields()
    {
        (await _api.PostAsync("multiaccount_import", """{"AccountList":[{"UserID":"UserID_001","Nick":"Nick_001","FaceUrl":"http://www.qq.com"}]}""")).AssertOk();

        var account = _api.Host.State.GetAccount("UserID_001")!;
        Assert.Equal("Nick_001", account.Nick);
        Assert.Equal("http://www.qq.com", account.FaceUrl);
    }

    [Fact]
    public async Task Import_IsIdempotent_AndOverwritesOnlyTheSuppliedFields_KeepingTheAccountsData()
    {
        (await _api.PostAsync("multiaccount_import", """{"AccountList":[{"UserID":"user_0001","Nick":"first","FaceUrl":"http://a"}]}""")).AssertOk();
        (await _api.PostAsync("multiaccount_import", """{"AccountList":[{"UserID":"user_0001","Nick":"second"}]}""")).AssertOk();
        (await _api.PostAsync("multiaccount_import", """{"Accounts":["user_0001","user_0001"]}""")).AssertOk();

        var account = _api.Host.State.GetAccount("user_0001")!;
        Assert.Equal(("second", "http://a"), (account.Nick, account.FaceUrl));
        Assert.Equal(53, _api.Host.State.GetConversations("user_0001").Count);
        Assert.Equal(2, _api.Host.State.GetGroups("user_0001").Count);
    }

    [Fact]
    public async Task BadItems_AreListedInFailAccounts_TheRestAreImported()
    {
        string nick500 = new string('中', 166) + "ab";   // 498 + 2 bytes of UTF-8: at the limit
        string nick501 = nick500 + "c";
        string id32 = new('a', 32), id33 = new('b', 33);
        JsonElement response = await _api.PostAsync("multiaccount_import", $$"""
            {"AccountList":[{"UserID":"ok_1","Nick":"{{nick500}}"},{"UserID":"long_nick","Nick":"{{nick501}}"},{"UserID":"long_face","FaceUrl":"http://{{new string('f', 494)}}"},
             {"UserID":"{{id33}}"},{"UserID":""},{"UserID":"{{id32}}"}]}
            """);

        response.AssertOk();
        Assert.Equal($$"""["long_nick","long_face","{{id33}}",""]""", response.GetProperty("FailAccounts").GetRawText());
        Assert.Equal(nick500, _api.Host.State.GetAccount("ok_1")!.Nick);
        Assert.True(_api.Host.State.UserExists(id32));
        Assert.False(_api.Host.State.UserExists("long_nick"));
        Assert.False(_api.Host.State.UserExists(id33));
    }

    [Fact]
    public async Task AccountsForm_BadIdsAreFailAccounts()
    {
        JsonElement response = await _api.PostAsync("multiaccount_import", $$"""{"Accounts":["a1","","{{new string('x', 33)}}","a2"]}""");
        Assert.Equal($$"""["","{{new string('x', 33)}}"]""", response.GetProperty("FailAccounts").GetRawText());
        Assert.True(_api.Host.State.UserExists("a2"));
    }

    [Fact]
    public async Task BothForms_AccountListIsUsed()
    {
        (await _api.PostAsync("multiaccount_import", """{"Accounts":["from_accounts"],"AccountList":[{"UserID":"from_list"}]}""")).AssertOk();
        Assert.True(_api.Host.State.UserExists("from_list"));
        Assert.False(_api.Host.State.UserExists("from_accounts"));
    }

    [Fact]
    public async Task IdentifierIsAccepted_InAccountList()
    {
        (await _api.PostAsync("multiaccount_import", """{"AccountList":[{"Identifier":"old_style","Nick":"n"}]}""")).AssertOk();
        Assert.Equal("n", _api.Host.State.GetAccount("old_style")!.Nick);
    }

    [Fact]
    public async Task HundredIds_Pass_HundredAndOne_Are70206_AndNothingIsImported()
    {
        Assert.Equal("[]", (await _api.PostAsync("multiaccount_import", $$"""{"Accounts":[{{Ids("h", 100)}}]}""")).GetProperty("FailAccounts").GetRawText());
        Assert.Contains("Accounts holds 101 items", (await _api.PostAsync("multiaccount_import", $$"""{"Accounts":[{{Ids("x", 101)}}]}""")).AssertFails(70206));
        Assert.Contains("AccountList holds 101 items", (await _api.PostAsync("multiaccount_import",
            $$"""{"AccountList":[{{string.Join(",", Enumerable.Range(0, 101).Select(i => $$"""{"UserID":"y{{i}}"}"""))}}]}""")).AssertFails(70206));
        Assert.False(_api.Host.State.UserExists("x0"));
    }

    [Theory]
    [InlineData("""{}""", "Accounts (UserID strings) or AccountList")]
    [InlineData("""{"Accounts":[]}""", "Accounts must not be empty")]
    [InlineData("""{"Accounts":"a"}""", "Accounts must be a JSON array")]
    [InlineData("""{"Accounts":["a",5]}""", "Accounts[1] is an account and must be a JSON string")]
    [InlineData("""{"AccountList":[{"Nick":"n"}]}""", "AccountList[0].UserID is required")]
    [InlineData("""{"AccountList":["a"]}""", "AccountList[0] must be a JSON object")]
    [InlineData("""{"AccountList":[{"UserID":"a","Nick":5}]}""", "AccountList[0].Nick must be a JSON string")]
    public async Task MalformedRequest_Is70402_AndImportsNothing(string body, string expected)
    {
        int before = _api.Host.State.AccountCount;
        Assert.Contains(expected, (await _api.PostAsync("multiaccount_import", body)).AssertFails(70402));
        Assert.Equal(before, _api.Host.State.AccountCount);
    }

    [Fact]
    public async Task TrialEdition_CapsTheAppAt100Accounts_TheRestAreFailAccounts()
    {
        await using EmulatorClient trial = await EmulatorClient.StartAsync(new EmulatorOptions { Seed = "none", Edition = EmulatorEdition.Trial });
        // The admin is account 1 of 100.
        JsonElement response = await trial.PostAsync("multiaccount_import", $$"""{"Accounts":[{{Ids("t", 100)}}]}""");

        response.AssertOk();
        Assert.Equal("""["t99"]""", response.GetProperty("FailAccounts").GetRawText());
        Assert.Equal(100, trial.Host.State.AccountCount);
        // Importing an account that exists needs no room.
        Assert.Equal("[]", (await trial.PostAsync("multiaccount_import", """{"Accounts":["t0"]}""")).GetProperty("FailAccounts").GetRawText());
    }
}
