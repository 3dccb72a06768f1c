using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Http;

/// <summary>/_emulator/ stats, faults and reset, their C# counterparts, rate limiting and latency.</summary>
public sealed class ControlApiTests
{
    private const string Body = """{"From_Account":"user_0001","StartIndex":0}""";

    private static async Task<JsonElement> ControlAsync(EmulatorClient api, HttpMethod method, string route, string? json = null)
    {
        using var request = new HttpRequestMessage(method, "_emulator/" + route);
        if (json != null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await api.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EmulatorClient.ReadJsonAsync(response);
    }

    /// <summary>One request; the outcome as a short word: an ErrorCode, "502" or "reset".</summary>
    private static async Task<string> OutcomeAsync(EmulatorClient api, string command, string body = Body)
    {
        try
        {
            using HttpResponseMessage response = await api.Http.PostAsync(api.Host.CommandUri(command), new StringContent(body, Encoding.UTF8, "application/json"));
            if (response.StatusCode != HttpStatusCode.OK) return ((int)response.StatusCode).ToString();
            return (await EmulatorClient.ReadJsonAsync(response)).Code().ToString();
        }
        catch (HttpRequestException)
        {
            return "reset";
        }
    }

    [Fact]
    public async Task Stats_CountEveryRequestPerCommand_EvenRejectedOnes()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        await api.PostAsync("get_contact_group", Body);
        await api.PostAsync("get_contact_group", "not json");
        await api.PostAsync(api.RawUri("get_list", "sdkappid=1"), "{}");
        await api.PostAsync(api.RawUri("no_such_command", ""), "{}");

        JsonElement stats = await ControlAsync(api, HttpMethod.Get, "stats");
        Assert.Equal(2, stats.GetProperty("requests").GetProperty("get_contact_group").GetInt32());
        Assert.Equal(1, stats.GetProperty("requests").GetProperty("get_list").GetInt32());
        Assert.Equal(0, stats.GetProperty("requests").GetProperty("mark_contact").GetInt32());
        Assert.Equal(api.Host.Commands.ByName.Keys, stats.GetProperty("requests").Names());
        Assert.Equal(0, stats.GetProperty("throttled").GetInt32());
        Assert.Equal(new[] { "50004", "50005", "throttle", "http502", "reset", "stall" }, stats.GetProperty("faultsInjected").Names());
        Assert.Equal(2, api.Host.Stats.Requests["get_contact_group"]);
        // The three rejected requests, by the ErrorCode the emulator answered (the unknown command included).
        Assert.Equal(3, stats.GetProperty("errors").EnumerateObject().Sum(e => e.Value.GetInt32()));
        Assert.Equal(1, stats.GetProperty("errors").GetProperty("70020").GetInt32());
    }

    [Fact]
    public async Task Faults_SameSeedTwice_GiveTheSameOutcomeSequence()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        const string faults = """{"50004":0.2,"50005":0.1,"throttle":0.1,"http502":0.1,"reset":0.1,"stall":0.1,"stallMs":1,"seed":7}""";

        async Task<List<string>> RunAsync()
        {
            await ControlAsync(api, HttpMethod.Post, "faults", faults);
            var outcomes = new List<string>();
            for (int i = 0; i < 60; i++) outcomes.Add(await OutcomeAsync(api, "get_contact_group"));
            return outcomes;
        }

        List<string> first = await RunAsync();
        List<string> second = await RunAsync();
        Assert.Equal(first, second);
        Assert.Contains("50004", first);
        Assert.Contains("502", first);
        Assert.Contains("reset", first);
        Assert.Contains("60007", first);
        Assert.Contains("0", first);
        JsonElement injected = (await ControlAsync(api, HttpMethod.Get, "stats")).GetProperty("faultsInjected");
        Assert.Equal(2 * first.Count(o => o == "50004"), injected.GetProperty("50004").GetInt32());
        Assert.Equal(2 * first.Count(o => o == "reset"), injected.GetProperty("reset").GetInt32());
    }

    [Fact]
    public async Task Faults_CommandFilterAndDelete()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        JsonElement settings = await ControlAsync(api, HttpMethod.Post, "faults", """{"50004":1,"commands":["get_list"]}""");
        Assert.Equal(1, settings.GetProperty("50004").GetDouble());
        Assert.Equal("0", await OutcomeAsync(api, "get_contact_group"));
        (await api.PostAsync("get_list", "{}")).AssertFails(50004);

        await ControlAsync(api, HttpMethod.Delete, "faults");
        Assert.True(api.Host.Faults.IsOff);
        (await api.PostAsync("get_list", """{"From_Account":"user_0001","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":63}""")).AssertOk();
    }

    [Theory]
    [InlineData("""{"50004":1.5}""")]
    [InlineData("""{"50004":0.6,"50005":0.6}""")]
    [InlineData("""{"bogus":0.1}""")]
    [InlineData("""{"50004":"0.1"}""")]
    [InlineData("not json")]
    public async Task Faults_InvalidSettings_Are400(string json)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        using HttpResponseMessage response = await api.Http.PostAsync("_emulator/faults", new StringContent(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await EmulatorClient.ReadJsonAsync(response)).TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Faults_FromCSharp_Stall()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        api.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [FaultKind.Stall] = 1 }, StallMs = 300 };
        var watch = Stopwatch.StartNew();
        Assert.Equal("0", await OutcomeAsync(api, "get_contact_group"));
        Assert.True(watch.ElapsedMilliseconds >= 250);
        Assert.Equal(1, api.Host.Stats.FaultsInjected["stall"]);
        api.Host.ClearFaults();
        Assert.True(api.Host.Faults.IsOff);
    }

    [Fact]
    public async Task RateLimit_AnswersWith60007AndCountsThrottled()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { RateLimit = 5 });
        List<string> outcomes = (await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => OutcomeAsync(api, "get_contact_group")))).ToList();

        // Capacity 5, refilled at 5/s: a slow machine may let a few more through while the burst is in flight.
        Assert.InRange(outcomes.Count(o => o == "0"), 5, 10);
        Assert.Equal(outcomes.Count(o => o == "60007"), api.Host.Stats.Throttled);
        Assert.Equal(20, outcomes.Count(o => o is "0" or "60007"));
        Assert.Equal("0", await OutcomeAsync(api, "search_contact_group", """{"From_Account":"user_0001","ContactItem":[]}""")); // per command
        await Task.Delay(450);
        Assert.Equal("0", await OutcomeAsync(api, "get_contact_group")); // refilled
    }

    [Fact]
    public async Task Latency_DelaysEveryRequest()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { LatencyMs = 200 });
        var watch = Stopwatch.StartNew();
        Assert.Equal("0", await OutcomeAsync(api, "get_contact_group"));
        Assert.True(watch.ElapsedMilliseconds >= 180);
    }

    [Fact]
    public async Task Reset_RestoresSeedAndZeroesStatsAndFaults()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        (await api.PostAsync("del_contact_group", """{"From_Account":"user_0001","GroupName":["group_0001"]}""")).AssertOk();
        await ControlAsync(api, HttpMethod.Post, "faults", """{"50005":0.5,"seed":1}""");
        Assert.Single(api.Host.State.GetGroups("user_0001"));

        JsonElement reset = await ControlAsync(api, HttpMethod.Post, "reset");
        Assert.True(reset.GetProperty("reset").GetBoolean());
        Assert.Equal(2, api.Host.State.GetGroups("user_0001").Count);
        Assert.True(api.Host.Faults.IsOff);
        Assert.All(api.Host.Stats.Requests.Values, n => Assert.Equal(0, n));

        api.Host.State.AddUser("temp");
        api.Host.Reset();
        Assert.False(api.Host.State.UserExists("temp"));
    }

    [Fact]
    public async Task Disband_MakesSearchesNamingTheGroupChatFailWith51007_UntilReset()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        const string search = """{"From_Account":"user_0001","ContactItem":[{"Type":2,"ToGroupId":"@TGS#1B2AUI7RZ"}]}""";
        (await api.PostAsync("search_contact_group", search)).AssertOk();

        JsonElement disbanded = await ControlAsync(api, HttpMethod.Post, "disband", """{"GroupId":"@TGS#1B2AUI7RZ"}""");
        Assert.Equal("@TGS#1B2AUI7RZ", disbanded.GetProperty("disbanded").GetString());
        Assert.Contains("@TGS#1B2AUI7RZ", (await api.PostAsync("search_contact_group", search)).AssertFails(51007));

        await ControlAsync(api, HttpMethod.Post, "reset");
        (await api.PostAsync("search_contact_group", search)).AssertOk();
    }

    [Theory]
    [InlineData("""{"GroupId":""}""")]
    [InlineData("""{"GroupId":7}""")]
    [InlineData("""{"Group":"@TGS#X"}""")]
    [InlineData("not json")]
    public async Task Disband_WithoutAGroupId_Is400(string body)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        using HttpResponseMessage response = await api.Http.PostAsync("_emulator/disband", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData("_emulator/nothing")]
    [InlineData("_emulator")]
    [InlineData("_emulator/")]
    [InlineData("_emulator/reset")] // GET: reset is POST only
    public async Task UnknownControlRoute_Is404(string route)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        using HttpResponseMessage response = await api.Http.GetAsync(route);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ThirtyTwoThreads_WriteAndReadConsistently()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Seed = "none" });
        api.Host.State.AddUser("u");
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async t =>
        {
            for (int i = 0; i < 10; i++)
            {
                (await api.PostAsync("mark_contact", $$"""{"From_Account":"u","MarkItem":[{"OptType":3,"ContactItem":{"Type":1,"To_Account":"p{{t}}_{{i}}"},"SetMark":[{{t}}],"CustomMark":"c{{t}}"}]}""")).AssertOk();
                api.Host.State.PutConversation("u", ConversationKind.C2C, $"p{t}_{i}", 1700000000 + i);
                (await api.PostAsync("search_contact_group", $$"""{"From_Account":"u","ContactItem":[{"Type":1,"To_Account":"p{{t}}_{{i}}"}]}""")).AssertOk();
            }
        }));
        Assert.Equal(320, api.Host.State.GetConversations("u").Count);
        Assert.Equal(1UL << 31, api.Host.State.GetContactRecord("u", ConversationKind.C2C, "p31_9")!.StandardMark);
        Assert.Equal(320, api.Host.Stats.Requests["mark_contact"]);
    }
}
