using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Http;

/// <summary>GET/POST /_emulator/settings: the latency and rate limit changed while the emulator runs.</summary>
public sealed class SettingsTests
{
    private const string Body = """{"From_Account":"user_0001","StartIndex":0}""";

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SettingsAsync(EmulatorClient api, string? json = null)
    {
        using var request = new HttpRequestMessage(json == null ? HttpMethod.Get : HttpMethod.Post, "_emulator/settings");
        if (json != null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await api.Http.SendAsync(request);
        return (response.StatusCode, await EmulatorClient.ReadJsonAsync(response));
    }

    /// <summary>The core's two keys; the families add keys of their own (e.g. GroupLegacyLimits), which these tests leave alone.</summary>
    private static void AssertCoreSettings(int latencyMs, int rateLimit, JsonElement body) =>
        Assert.Equal((latencyMs, rateLimit), (body.GetProperty("LatencyMs").GetInt32(), body.GetProperty("RateLimit").GetInt32()));

    private static async Task<TimeSpan> TimeOneRequestAsync(EmulatorClient api)
    {
        var watch = Stopwatch.StartNew();
        (await api.PostAsync("get_contact_group", Body)).AssertOk();
        return watch.Elapsed;
    }

    [Fact]
    public async Task Get_AnswersTheStartedSettings()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new EmulatorOptions { LatencyMs = 5, RateLimit = 50 });
        (HttpStatusCode status, JsonElement body) = await SettingsAsync(api);
        Assert.Equal(HttpStatusCode.OK, status);
        AssertCoreSettings(5, 50, body);
    }

    [Fact]
    public async Task LatencyMs_DelaysTheNextRequest_AndZeroTakesTheDelayAway()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        (HttpStatusCode status, JsonElement body) = await SettingsAsync(api, """{"LatencyMs":300}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(300, body.GetProperty("LatencyMs").GetInt32());
        Assert.True(await TimeOneRequestAsync(api) >= TimeSpan.FromMilliseconds(300));

        (status, body) = await SettingsAsync(api, """{"LatencyMs":0}""");
        Assert.Equal((HttpStatusCode.OK, 0), (status, body.GetProperty("LatencyMs").GetInt32()));
        Assert.True(await TimeOneRequestAsync(api) < TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task RateLimit_ThrottlesFromTheNextRequest_AndZeroTurnsItOff()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await SettingsAsync(api, """{"RateLimit":1}""")).Status);
        var codes = new List<int>();
        for (int i = 0; i < 3; i++) codes.Add((await api.PostAsync("get_contact_group", Body)).Code());
        Assert.Contains(60007, codes);

        Assert.Equal(HttpStatusCode.OK, (await SettingsAsync(api, """{"RateLimit":0,"LatencyMs":0}""")).Status);
        for (int i = 0; i < 5; i++) (await api.PostAsync("get_contact_group", Body)).AssertOk();
    }

    [Fact]
    public async Task AnUnknownKey_Is400NamingIt_AndChangesNothing()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        (HttpStatusCode status, JsonElement body) = await SettingsAsync(api, """{"LatencyMs":300,"Latency":1}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Latency", body.GetProperty("error").GetString());
        Assert.Contains("LatencyMs, RateLimit", body.GetProperty("error").GetString());
        Assert.Equal(0, (await SettingsAsync(api)).Body.GetProperty("LatencyMs").GetInt32());
    }

    [Theory]
    [InlineData("""{"LatencyMs":"300"}""")]
    [InlineData("""{"LatencyMs":-1}""")]
    [InlineData("""{"RateLimit":1.5}""")]
    [InlineData("""{"RateLimit":null}""")]
    [InlineData("""{"RateLimit":4294967296}""")]
    [InlineData("""[]""")]
    [InlineData("""not json""")]
    public async Task ABadValue_Is400(string json)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await SettingsAsync(api, json)).Status);
        AssertCoreSettings(0, 0, (await SettingsAsync(api)).Body);
    }

    [Fact]
    public async Task Reset_RestoresTheStartedSettings()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new EmulatorOptions { LatencyMs = 1 });
        await SettingsAsync(api, """{"LatencyMs":300,"RateLimit":7}""");
        api.Host.Reset();
        AssertCoreSettings(1, 0, (await SettingsAsync(api)).Body);
    }
}
