using System.Text.Json;
using TencentChat.Emulator.Accounts;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Accounts;

/// <summary>im_open_login_svc/account_delete (account spec §3.3): per-item results, the cascade, the edition rules.</summary>
public sealed class AccountDeleteTests : IAsyncLifetime
{
    private const string ListBody = """{"From_Account":"user_0001","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":63}""";

    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private Task<JsonElement> DeleteAsync(params string[] ids) =>
        _api.PostAsync("account_delete", $$"""{"DeleteItem":[{{string.Join(",", ids.Select(id => $$"""{"UserID":"{{id}}"}"""))}}]}""");

    [Fact]
    public async Task Delete_SpecSample_MissingAccountIsPerItem70107()
    {
        (await _api.PostAsync("multiaccount_import", """{"Accounts":["UserID_1"]}""")).AssertOk();

        JsonElement response = await _api.PostAsync("account_delete", """{"DeleteItem":[{"UserID":"UserID_1"},{"UserID":"UserID_2"}]}""");

        response.AssertOk();
        Assert.Equal(new[] { "ResultItem", "ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay" }, response.Names());
        Assert.Equal(
            """[{"ResultCode":0,"ResultInfo":"","UserID":"UserID_1"},{"ResultCode":70107,"ResultInfo":"Err_TLS_PT_Open_Login_Account_Not_Exist","UserID":"UserID_2"}]""",
            response.GetProperty("ResultItem").GetRawText());
        Assert.False(_api.Host.State.UserExists("UserID_1"));
        Assert.Equal(1, _api.Host.Stats.Requests["account_delete"]);
    }

    [Fact]
    public async Task Delete_DuplicatesAreProcessedInOrder()
    {
        JsonElement response = await DeleteAsync("user_0005", "user_0005", new string('z', 40));
        Assert.Equal(new[] { 0, 70107, 70107 }, response.GetProperty("ResultItem").EnumerateArray().Select(r => r.GetProperty("ResultCode").GetInt32()));
    }

    [Fact]
    public async Task Delete_AnAdminAccount_IsRefusedPerItem()
    {
        JsonElement response = await DeleteAsync("administrator", "user_0004");
        Assert.Equal(70402, response.GetProperty("ResultItem")[0].GetProperty("ResultCode").GetInt32());
        Assert.Equal(0, response.GetProperty("ResultItem")[1].GetProperty("ResultCode").GetInt32());
        Assert.True(_api.Host.State.UserExists("administrator"));
    }

    [Fact]
    public async Task DeletedAccount_IsGoneForTheConversationCommands_With50001()
    {
        (await DeleteAsync("user_0001")).AssertOk();

        Assert.Contains("user_0001", (await _api.PostAsync("get_list", ListBody)).AssertFails(50001));
        (await _api.PostAsync("get_contact_group", """{"From_Account":"user_0001","StartIndex":0}""")).AssertFails(50001);
        (await _api.PostAsync("search_contact_group", """{"From_Account":"user_0001","ContactItem":[{"Type":1,"To_Account":"user_0002"}]}""")).AssertFails(50001);
        (await _api.PostAsync("mark_contact", """{"From_Account":"user_0001","MarkItem":[{"OptType":1,"ContactItem":{"Type":1,"To_Account":"user_0002"},"SetMark":[0]}]}""")).AssertFails(50001);
        (await _api.PostAsync("create_contact_group", """{"From_Account":"user_0001","GroupContactItem":[{"GroupName":"g","ContactItem":[]}]}""")).AssertFails(50001);
        Assert.Equal("NotImported", (await _api.PostAsync("account_check", """{"CheckItem":[{"UserID":"user_0001"}]}""")).GetProperty("ResultItem")[0].GetProperty("AccountStatus").GetString());
    }

    [Fact]
    public async Task DeletedAccount_TakesItsConversationsGroupsProfileAndOnlineState_OthersKeepTheirConversationsWithIt()
    {
        (await _api.PostAsync("multiaccount_import", """{"AccountList":[{"UserID":"user_0001","Nick":"old"}]}""")).AssertOk();
        _api.Host.State.SetOnlineStatus("user_0001", "iPhone", OnlineStatus.Online);

        (await DeleteAsync("user_0001")).AssertOk();
        (await _api.PostAsync("multiaccount_import", """{"Accounts":["user_0001"]}""")).AssertOk();

        JsonElement list = await _api.PostAsync("get_list", ListBody);
        list.AssertOk();
        Assert.Equal(0, list.GetProperty("SessionItem").GetArrayLength());
        Assert.Equal("[]", (await _api.PostAsync("get_contact_group", """{"From_Account":"user_0001","StartIndex":0}""")).GetProperty("GroupItem").GetRawText());
        AccountInfo account = _api.Host.State.GetAccount("user_0001")!;
        Assert.Null(account.Nick);
        Assert.Equal(OnlineStatus.Offline, account.Status);
        Assert.Contains(_api.Host.State.GetConversations("user_0002"), c => c.Peer == "user_0001");
    }

    [Fact]
    public async Task ImportedAccount_CanOwnConversations()
    {
        (await _api.PostAsync("multiaccount_import", """{"Accounts":["fresh"]}""")).AssertOk();
        (await _api.PostAsync("create_contact_group", """{"From_Account":"fresh","GroupContactItem":[{"GroupName":"g","ContactItem":[{"Type":1,"To_Account":"user_0001"}]}]}""")).AssertOk();
        _api.Host.State.PutConversation("fresh", ConversationKind.C2C, "user_0001", 1700000000);

        JsonElement list = await _api.PostAsync("get_list", ListBody.Replace("user_0001", "fresh"));
        Assert.Equal("""[{"Type":1,"To_Account":"user_0001","MsgTime":1700000000,"TopFlag":0,"ContactGroupId":[1]}]""", list.GetProperty("SessionItem").GetRawText());
    }

    [Fact]
    public async Task HundredItems_Pass_HundredAndOne_Are70206_AndNothingIsDeleted()
    {
        string[] ids = Enumerable.Range(0, 100).Select(i => $"d{i}").ToArray();
        Assert.Contains("DeleteItem holds 101 items", (await DeleteAsync(ids.Append("user_0001").ToArray())).AssertFails(70206));
        Assert.True(_api.Host.State.UserExists("user_0001"));
        Assert.Equal(100, (await DeleteAsync(ids[..99].Append("user_0001").ToArray())).GetProperty("ResultItem").GetArrayLength());
        Assert.False(_api.Host.State.UserExists("user_0001"));
    }

    [Theory]
    [InlineData("""{}""", "DeleteItem is required")]
    [InlineData("""{"DeleteItem":[]}""", "DeleteItem must not be empty")]
    [InlineData("""{"DeleteItem":[{"UserID":"user_0001"},{"UserId":"user_0002"}]}""", "DeleteItem[1].UserID is required")]
    public async Task MalformedRequest_Is70402_AndDeletesNothing(string body, string expected)
    {
        Assert.Contains(expected, (await _api.PostAsync("account_delete", body)).AssertFails(70402));
        Assert.True(_api.Host.State.UserExists("user_0001"));
    }

    [Fact]
    public async Task ProEdition_RefusesDeletionWith71000()
    {
        await using EmulatorClient pro = await EmulatorClient.StartAsync(new EmulatorOptions { Edition = EmulatorEdition.Pro });
        (await pro.PostAsync("account_delete", """{"DeleteItem":[{"UserID":"user_0001"}]}""")).AssertFails(71000);
        Assert.True(pro.Host.State.UserExists("user_0001"));
    }

    [Fact]
    public async Task ProDeletionEnabled_RefusesReimportFor90Days_OtherEditionsReimportAtOnce()
    {
        DateTimeOffset now = DateTimeOffset.FromUnixTimeSeconds(1775000000);
        await using EmulatorClient pro = await EmulatorClient.StartAsync(new EmulatorOptions { Edition = EmulatorEdition.ProDeletionEnabled, Clock = () => now });
        (await pro.PostAsync("account_delete", """{"DeleteItem":[{"UserID":"user_0001"}]}""")).AssertOk();

        Assert.Equal("""["user_0001"]""", (await pro.PostAsync("multiaccount_import", """{"Accounts":["user_0001","user_0002"]}""")).GetProperty("FailAccounts").GetRawText());
        now = now.AddDays(90).AddSeconds(-1);
        Assert.Equal("""["user_0001"]""", (await pro.PostAsync("multiaccount_import", """{"Accounts":["user_0001"]}""")).GetProperty("FailAccounts").GetRawText());
        now = now.AddSeconds(1);
        Assert.Equal("[]", (await pro.PostAsync("multiaccount_import", """{"Accounts":["user_0001"]}""")).GetProperty("FailAccounts").GetRawText());

        (await DeleteAsync("user_0002")).AssertOk();
        Assert.Equal("[]", (await _api.PostAsync("multiaccount_import", """{"Accounts":["user_0002"]}""")).GetProperty("FailAccounts").GetRawText());
    }
}
