using System.Text.Json;
using TencentChat.Emulator.Accounts;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Accounts;

/// <summary>Edges of the account spec's emulator checklist (§5): Java-style nulls, concurrency, multi-byte UserIDs, accounts that come and go.</summary>
public sealed class AccountEdgeCaseTests
{
    [Fact]
    public async Task JsonNullFields_CountAsAbsent_AsTheJavaSdkSendsThem()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        (await api.PostAsync("account_import", """{"UserID":"j1","Nick":"kept"}""")).AssertOk();
        (await api.PostAsync("account_import", """{"UserID":"j1","Nick":null,"FaceUrl":null}""")).AssertOk();
        Assert.Equal("kept", api.Host.State.GetAccount("j1")!.Nick);

        (await api.PostAsync("multiaccount_import", """{"Accounts":null,"AccountList":[{"UserID":"j2","Nick":null}]}""")).AssertOk();
        (await api.PostAsync("multiaccount_import", """{"Accounts":["j3"],"AccountList":null}""")).AssertOk();
        (await api.PostAsync("kick", """{"UserID":null,"Identifier":"j2"}""")).AssertOk();
        Assert.True(api.Host.State.UserExists("j3"));

        JsonElement status = await api.PostAsync("query_online_status", """{"To_Account":["j1"],"IsNeedDetail":null}""");
        Assert.False(status.GetProperty("QueryResult")[0].TryGetProperty("Detail", out _));
    }

    [Fact]
    public async Task MultiByteUserIds_AreMeasuredInBytes()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        string thirty = new('用', 10), thirtyThree = new('用', 11);    // 3 bytes each
        JsonElement response = await api.PostAsync("multiaccount_import", $$"""{"Accounts":["{{thirty}}","{{thirtyThree}}"]}""");
        Assert.Equal($$"""["{{thirtyThree}}"]""", response.GetProperty("FailAccounts").GetRawText());
        Assert.Equal("Imported", (await api.PostAsync("account_check", $$"""{"CheckItem":[{"UserID":"{{thirty}}"}]}""")).GetProperty("ResultItem")[0].GetProperty("AccountStatus").GetString());
    }

    [Fact]
    public async Task ConcurrentImports_NeverPassTheTrialCap()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new EmulatorOptions { Seed = "none", Edition = EmulatorEdition.Trial });
        JsonElement[] answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(t =>
            api.PostAsync("multiaccount_import", $$"""{"Accounts":[{{string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"c{t}_{i}\""))}}]}""")));

        Assert.Equal(100, api.Host.State.AccountCount);
        Assert.Equal(61, answers.Sum(a => a.GetProperty("FailAccounts").GetArrayLength()));   // 160 asked, 99 places left after the admin
    }

    [Fact]
    public async Task ConcurrentDeletesOfTheSameAccount_SucceedExactlyOnce()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        JsonElement[] answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            api.PostAsync("account_delete", """{"DeleteItem":[{"UserID":"user_0007"}]}""")));
        Assert.Equal(1, answers.Count(a => a.GetProperty("ResultItem")[0].GetProperty("ResultCode").GetInt32() == 0));
        Assert.Equal(7, answers.Count(a => a.GetProperty("ResultItem")[0].GetProperty("ResultCode").GetInt32() == 70107));
    }

    [Fact]
    public async Task DeletedAccount_MovesFromQueryResultToErrorList_AndCannotBeKickedOrSetOnline()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        api.Host.State.SetOnlineStatus("user_0010", "Android", OnlineStatus.Online);
        (await api.PostAsync("account_delete", """{"DeleteItem":[{"UserID":"user_0010"}]}""")).AssertOk();

        JsonElement status = await api.PostAsync("query_online_status", """{"To_Account":["user_0010","user_0011"]}""");
        Assert.Equal("""[{"To_Account":"user_0010","ErrorCode":70107}]""", status.GetProperty("ErrorList").GetRawText());
        Assert.Equal("user_0011", status.GetProperty("QueryResult")[0].GetProperty("To_Account").GetString());
        (await api.PostAsync("kick", """{"UserID":"user_0010"}""")).AssertFails(70107);
        Assert.Throws<KeyNotFoundException>(() => api.Host.State.SetOnlineStatus("user_0010", "Android", OnlineStatus.Online));
    }

    [Fact]
    public async Task KickedUser_CanComeOnlineAgain()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        api.Host.State.SetOnlineStatus("user_0001", "Web", OnlineStatus.Online);
        (await api.PostAsync("kick", """{"UserID":"user_0001"}""")).AssertOk();
        api.Host.State.SetOnlineStatus("user_0001", "Web", OnlineStatus.Online);
        Assert.Equal(OnlineStatus.Online, api.Host.State.GetAccount("user_0001")!.Status);
    }

    [Fact]
    public async Task GeneratedSeedUsers_AreImportedAccounts()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new EmulatorOptions { Seed = "generate:3:30" });
        JsonElement check = await api.PostAsync("account_check", """{"CheckItem":[{"UserID":"user_000001"},{"UserID":"user_000003"},{"UserID":"user_000004"}]}""");
        Assert.Equal(new[] { "Imported", "Imported", "NotImported" },
            check.GetProperty("ResultItem").EnumerateArray().Select(r => r.GetProperty("AccountStatus").GetString()));
    }
}
