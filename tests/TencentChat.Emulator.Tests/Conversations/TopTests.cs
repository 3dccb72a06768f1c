using System.Text.Json;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Conversations;

/// <summary>v4/recentcontact/top (spec §2.9) over raw HTTP: pin, unpin, get_list's TopFlag, the 50-pin limit and the emulator's choices.</summary>
public sealed class TopTests
{
    private const string Owner = "user_0001";

    private static string Top(int operation, params string[] items) =>
        $$"""{"From_Account":"{{Owner}}","OperationType":{{operation}},"RecentContactItem":[{{string.Join(",", items)}}]}""";

    private static string C2C(string peer) => $$"""{"Type":1,"To_Account":"{{peer}}"}""";

    private static string Group(string groupId) => $$"""{"Type":2,"GroupId":"{{groupId}}"}""";

    /// <summary>Every SessionItem of the owner's list, peer → TopFlag, over all pages.</summary>
    private static async Task<Dictionary<string, int>> TopFlagsAsync(EmulatorClient api)
    {
        var flags = new Dictionary<string, int>(StringComparer.Ordinal);
        long time = 0, index = 0, topTime = 0, topIndex = 0;
        while (true)
        {
            JsonElement page = await api.PostAsync("get_list",
                $$"""{"From_Account":"{{Owner}}","TimeStamp":{{time}},"StartIndex":{{index}},"TopTimeStamp":{{topTime}},"TopStartIndex":{{topIndex}},"AssistFlags":63}""");
            page.AssertOk();
            foreach (JsonElement item in page.GetProperty("SessionItem").EnumerateArray())
            {
                string peer = item.TryGetProperty("To_Account", out JsonElement account) ? account.GetString()! : item.GetProperty("GroupId").GetString()!;
                flags[peer] = item.GetProperty("TopFlag").GetInt32();
            }
            if (page.GetProperty("CompleteFlag").GetInt32() == 1) return flags;
            (time, index) = (page.GetProperty("TimeStamp").GetInt64(), page.GetProperty("StartIndex").GetInt64());
            (topTime, topIndex) = (page.GetProperty("TopTimeStamp").GetInt64(), page.GetProperty("TopStartIndex").GetInt64());
        }
    }

    [Fact]
    public async Task Pin_AnswersTheBareEnvelope_AndGetListReportsTopFlag1()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        JsonElement answer = await api.PostAsync("top", Top(1, C2C("user_0002"), Group("@TGS#1B2AUI7RZ")));

        answer.AssertOk();
        Assert.Equal(new[] { "ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay" }, answer.Names());
        Dictionary<string, int> flags = await TopFlagsAsync(api);
        Assert.Equal(1, flags["user_0002"]);
        Assert.Equal(1, flags["@TGS#1B2AUI7RZ"]);
        Assert.Equal(1, flags["user_0003"]);
        Assert.Equal(0, flags["user_0004"]);
        Assert.Equal(3, api.Host.State.GetConversations(Owner).TakeWhile(c => c.Pinned).Count());
    }

    [Fact]
    public async Task Unpin_ReportsTopFlag0_AndBothAreIdempotent()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        (await api.PostAsync("top", Top(2, C2C("user_0003"), C2C("user_0003")))).AssertOk();
        (await api.PostAsync("top", Top(2, C2C("user_0003")))).AssertOk();
        Assert.Equal(0, (await TopFlagsAsync(api))["user_0003"]);

        (await api.PostAsync("top", Top(1, C2C("user_0003")))).AssertOk();
        (await api.PostAsync("top", Top(1, C2C("user_0003")))).AssertOk();
        Assert.Equal(1, (await TopFlagsAsync(api))["user_0003"]);
    }

    [Fact]
    public async Task AConversationNotInTheList_FailsTheWholeRequest_AndChangesNothing()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        string info = (await api.PostAsync("top", Top(1, C2C("user_0002"), C2C("nobody_0001")))).AssertFails(50002);

        Assert.Contains("RecentContactItem[1]", info);
        Assert.Contains("nobody_0001", info);
        Assert.Equal(0, (await TopFlagsAsync(api))["user_0002"]);
        (await api.PostAsync("top", Top(2, Group("@TGS#NEVER")))).AssertFails(50002);
    }

    [Fact]
    public async Task The51stPin_Fails50002_WhileRepinningAtTheLimitSucceeds()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new EmulatorOptions { Seed = "none" });
        for (int i = 0; i < 51; i++) api.Host.State.PutConversation(Owner, ConversationKind.C2C, $"peer_{i:D2}", 1700000000 + i);
        for (int batch = 0; batch < 5; batch++)
        {
            string[] items = Enumerable.Range(batch * 10, 10).Select(i => C2C($"peer_{i:D2}")).ToArray();
            (await api.PostAsync("top", Top(1, items))).AssertOk();
        }

        string info = (await api.PostAsync("top", Top(1, C2C("peer_50")))).AssertFails(50002);
        Assert.Contains("51", info);
        Assert.Contains("50", info);
        Assert.False(api.Host.State.GetConversations(Owner).Single(c => c.Peer == "peer_50").Pinned);
        (await api.PostAsync("top", Top(1, C2C("peer_00"), C2C("peer_49")))).AssertOk();
        (await api.PostAsync("top", Top(2, C2C("peer_00")))).AssertOk();
        (await api.PostAsync("top", Top(1, C2C("peer_50")))).AssertOk();
        Assert.Equal(50, api.Host.State.GetConversations(Owner).Count(c => c.Pinned));
    }

    [Theory]
    [InlineData("""{"From_Account":"user_0001","OperationType":3,"RecentContactItem":[{"Type":1,"To_Account":"user_0002"}]}""", 50002)]
    [InlineData("""{"From_Account":"user_0001","RecentContactItem":[{"Type":1,"To_Account":"user_0002"}]}""", 50002)]
    [InlineData("""{"From_Account":"user_0001","OperationType":1,"RecentContactItem":[]}""", 50002)]
    [InlineData("""{"From_Account":"user_0001","OperationType":1}""", 50002)]
    [InlineData("""{"From_Account":"user_0001","OperationType":1,"RecentContactItem":[{"Type":2,"ToGroupId":"@TGS#1B2AUI7RZ"}]}""", 50002)]
    [InlineData("""{"From_Account":"user_0001","OperationType":1,"RecentContactItem":[{"Type":2,"ToGroupid":"@TGS#1B2AUI7RZ"}]}""", 50002)]
    [InlineData("""{"From_Account":"user_0001","OperationType":1,"RecentContactItem":[{"Type":1,"To_Account":7}]}""", 60015)]
    [InlineData("""{"From_Account":"nobody","OperationType":1,"RecentContactItem":[{"Type":1,"To_Account":"user_0002"}]}""", 50001)]
    public async Task BadRequests_FailWithTheServiceCodes(string body, int code)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        (await api.PostAsync("top", body)).AssertFails(code);
    }

    [Fact]
    public async Task MoreThan100Items_Fails51006()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        string[] items = Enumerable.Repeat(C2C("user_0002"), 101).ToArray();
        (await api.PostAsync("top", Top(1, items))).AssertFails(51006);
        (await api.PostAsync("top", Top(1, items[..100]))).AssertOk();
    }

    [Fact]
    public async Task Top_IsCounted_TakesFaults_AndItsRate()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new EmulatorOptions { RateLimit = 1 });
        (await api.PostAsync("top", Top(1, C2C("user_0002")))).AssertOk();
        (await api.PostAsync("get_contact_group", """{"From_Account":"user_0001","StartIndex":0}""")).AssertOk();
        (await api.PostAsync("top", Top(1, C2C("user_0002")))).AssertFails(60007);

        api.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [FaultKind.ServerError50004] = 1 }, Commands = new[] { "top" } };
        (await api.PostAsync("top", Top(1, C2C("user_0002")))).AssertFails(50004);
        Assert.Equal(3, api.Host.Stats.Requests["top"]);
        Assert.Equal(1, api.Host.Stats.FaultsInjected["50004"]);
        Assert.Equal(("v4/recentcontact/top", 200), (api.Host.Commands.ByName["top"].Path, api.Host.Commands.ByName["top"].RatePerSecond));
    }

    [Fact]
    public async Task DeletingTheAccount_TakesItsPinsWithIt()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        (await api.PostAsync("top", Top(1, C2C("user_0002")))).AssertOk();

        (await api.PostAsync("account_delete", $$"""{"DeleteItem":[{"UserID":"{{Owner}}"}]}""")).AssertOk();
        (await api.PostAsync("top", Top(2, C2C("user_0002")))).AssertFails(50001);
        (await api.PostAsync("account_import", $$"""{"UserID":"{{Owner}}"}""")).AssertOk();

        Assert.Empty(api.Host.State.GetConversations(Owner));
        (await api.PostAsync("top", Top(1, C2C("user_0002")))).AssertFails(50002);
    }
}
