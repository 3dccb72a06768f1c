using System.Text.Json;
using TencentChat.Emulator.Accounts;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Accounts;

/// <summary>What the account family's commands share: paths, per-service codes, documented rates, stats and faults.</summary>
public sealed class AccountServiceTests
{
    public static TheoryData<string, string> Bodies => new()
    {
        { "account_import", """{"UserID":"u"}""" },
        { "multiaccount_import", """{"Accounts":["u"]}""" },
        { "account_delete", """{"DeleteItem":[{"UserID":"user_0012"}]}""" },
        { "account_check", """{"CheckItem":[{"UserID":"u"}]}""" },
        { "kick", """{"UserID":"user_0001"}""" },
        { "query_online_status", """{"To_Account":["user_0001"]}""" },
        { "querystate", """{"To_Account":["user_0001"]}""" },
    };

    [Theory]
    [InlineData("account_import", "v4/im_open_login_svc/account_import", 200)]
    [InlineData("multiaccount_import", "v4/im_open_login_svc/multiaccount_import", 100)]
    [InlineData("account_delete", "v4/im_open_login_svc/account_delete", 100)]
    [InlineData("account_check", "v4/im_open_login_svc/account_check", 100)]
    [InlineData("kick", "v4/im_open_login_svc/kick", 200)]
    [InlineData("query_online_status", "v4/openim/query_online_status", 200)]
    [InlineData("querystate", "v4/openim/querystate", 200)]
    [InlineData("get_list", "v4/recentcontact/get_list", 200)]
    public void CommandTable_HoldsThePathAndDocumentedRate(string name, string path, int rate)
    {
        CommandEntry entry = EmulatorFamilies.Register(new FamilyRegistry()).Commands.ByName[name];
        Assert.Equal((path, rate), (entry.Path, entry.RatePerSecond));
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task EveryCommand_AnswersOk_AndIsCounted(string command, string body)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        (await api.PostAsync(command, body)).AssertOk();
        Assert.Equal(1, api.Host.Stats.Requests[command]);
        Assert.Equal(1, api.Host.Stats.Requests.Values.Sum());
    }

    [Theory]
    [InlineData("account_check", 70403)]
    [InlineData("kick", 70403)]
    [InlineData("query_online_status", 90009)]
    [InlineData("get_contact_group", 60010)]
    public async Task NonAdminIdentifier_GetsTheServicesOwnCode(string command, int code)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        Uri uri = api.Host.CommandUri(command, api.Host.CreateUserSig("user_0001"), "user_0001");
        Assert.Contains("not an App admin", (await api.PostAsync(uri, "{}")).AssertFails(code));
    }

    [Theory]
    [InlineData("account_import", 60003)]
    [InlineData("account_delete", 60003)]
    [InlineData("query_online_status", 90001)]
    [InlineData("querystate", 90001)]
    public async Task BodyNotAJsonObject_GetsTheServicesOwnCode(string command, int code)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        (await api.PostAsync(command, "[1]")).AssertFails(code);
        (await api.PostAsync(command, "{\"UserID\":")).AssertFails(code);
    }

    [Theory]
    [InlineData("v4/im_open_login_svc/query_online_status")] // tencent_im_rs's mistake (account spec §1)
    [InlineData("v4/openim/account_check")]
    [InlineData("v4/im_open_login_svc/Kick")]
    [InlineData("v4/recentcontact/kick")]
    public async Task WrongServiceOrSpelling_Is60009(string path)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        Uri uri = new(api.Host.BaseAddress, path + api.Host.CommandUri("kick").Query);
        Assert.Contains("v4/im_open_login_svc/kick", (await api.PostAsync(uri, """{"UserID":"user_0001"}""")).AssertFails(60009));
    }

    [Fact]
    public void RateLimit_IsTheLowerOfTheOptionAndTheDocumentedRate()
    {
        Assert.Equal((100, 200), (new RateLimiter(200).LimitFor(100), new RateLimiter(200).LimitFor(200)));
        Assert.Equal((20, 20), (new RateLimiter(20).LimitFor(100), new RateLimiter(20).LimitFor(200)));
        Assert.Equal((100, 200), (new RateLimiter(1000).LimitFor(100), new RateLimiter(1000).LimitFor(200)));
        Assert.Equal(0, new RateLimiter(0).LimitFor(100));
    }

    [Fact]
    public void RateLimit_AHundredPerSecondCommand_TakesABurstOfAHundred()
    {
        var limiter = new RateLimiter(200);
        int accountCheck = Enumerable.Range(0, 150).Count(_ => limiter.TryAcquire("account_check", 100));
        int kick = Enumerable.Range(0, 150).Count(_ => limiter.TryAcquire("kick", 200));
        Assert.InRange(accountCheck, 100, 102);
        Assert.Equal(150, kick);
    }

    [Fact]
    public async Task RateLimit_OverTheDocumentedRate_Is60007NamingTheCommandsRate()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new EmulatorOptions { RateLimit = 2 });
        var answers = new List<JsonElement>();
        for (int i = 0; i < 6; i++) answers.Add(await api.PostAsync("account_check", """{"CheckItem":[{"UserID":"u"}]}"""));

        JsonElement throttled = answers.First(a => a.Code() == 60007);
        Assert.Contains("2 requests per second for account_check", throttled.Info());
        Assert.Equal(answers.Count(a => a.Code() == 60007), api.Host.Stats.Throttled);
        (await api.PostAsync("kick", """{"UserID":"user_0001"}""")).AssertOk(); // its own bucket
    }

    [Fact]
    public async Task Faults_FilterByTheNewCommandNames()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        api.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [FaultKind.ServerError50004] = 1 }, Commands = new[] { "account_check" } };
        (await api.PostAsync("account_check", """{"CheckItem":[{"UserID":"u"}]}""")).AssertFails(50004);
        (await api.PostAsync("kick", """{"UserID":"user_0001"}""")).AssertOk();
        Assert.Equal(1, api.Host.Stats.FaultsInjected["50004"]);
    }

    [Fact]
    public async Task Reset_BringsDeletedDemoUsersBack_AndClearsOnlineState()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        (await api.PostAsync("account_delete", """{"DeleteItem":[{"UserID":"user_0001"}]}""")).AssertOk();
        api.Host.State.SetOnlineStatus("user_0002", "Web", OnlineStatus.Online);

        api.Host.Reset();

        Assert.True(api.Host.State.UserExists("user_0001"));
        Assert.Equal(53, api.Host.State.GetConversations("user_0001").Count);
        Assert.Equal(OnlineStatus.Offline, api.Host.State.GetAccount("user_0002")!.Status);
    }
}
