using System.Net;
using System.Text;
using System.Text.Json;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Http;

/// <summary>The query-string and UserSig accept/reject matrix (spec §1.1, §4.5, §4.7, §5).</summary>
public sealed class AuthenticationTests
{
    private const string VectorKey = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    private const long VectorTime = 1700000000;
    private const string Body = """{"From_Account":"user_0001","StartIndex":0}""";

    private static EmulatorOptions VectorOptions(long now) => new()
    {
        SecretKey = VectorKey,
        Administrators = new[] { "administrator", "second_admin" },
        Clock = () => DateTimeOffset.FromUnixTimeSeconds(now),
    };

    private static string Sign(string identifier, long sdkAppId = 1400000000, string key = VectorKey, long expire = 86400)
    {
        using ChatSecretKey secret = ChatSecretKey.FromString(key);
        return UserSigCodec.Create(sdkAppId, secret, identifier, DateTimeOffset.FromUnixTimeSeconds(VectorTime), TimeSpan.FromSeconds(expire));
    }

    [Fact]
    public void VectorRow3_SignatureMatchesTheSpec()
    {
        Assert.Equal("yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60=", UserSigCodec.Decode(Sign("administrator")).Signature);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(86400)] // valid through the final second: expired only when now > time + expire
    public async Task VectorRow3_AcceptedWhileValid(long offset)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(VectorOptions(VectorTime + offset));
        (await api.PostAsync(api.Host.CommandUri("get_contact_group", Sign("administrator")), Body)).AssertOk();
    }

    [Fact]
    public async Task VectorRow3_OneSecondAfterExpiry_Is70001()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(VectorOptions(VectorTime + 86401));
        (await api.PostAsync(api.Host.CommandUri("get_contact_group", Sign("administrator")), Body)).AssertFails(70001);
    }

    public static TheoryData<string, string, int> UserSigCases() => new()
    {
        { "administrator", "", 70002 },
        { "administrator", "not-a-usersig!", 70003 },
        { "administrator", Sign("administrator")[..40], 70003 },
        { "administrator", Sign("administrator", key: "some-other-key"), 70009 },
        { "second_admin", Sign("administrator"), 70013 },
        { "administrator", Sign("administrator", sdkAppId: 1400000001), 70014 },
        { "user_0001", Sign("user_0001"), 60010 },
        { "second_admin", Sign("second_admin"), 0 },
    };

    [Theory]
    [MemberData(nameof(UserSigCases))]
    public async Task UserSigMatrix(string identifier, string userSig, int expected)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(VectorOptions(VectorTime + 100));
        JsonElement response = await api.PostAsync(api.RawUri("get_contact_group",
            $"sdkappid=1400000000&identifier={identifier}&usersig={userSig}&random=1&contenttype=json"), Body);
        if (expected == 0)
        {
            response.AssertOk();
            return;
        }
        string info = response.AssertFails(expected);
        if (userSig.Length > 0) Assert.DoesNotContain(userSig, info);
    }

    public static TheoryData<string, int> QueryCases() => new()
    {
        { "identifier=administrator&usersig=SIG&random=1&contenttype=json", 60012 },
        { "SdkAppId=1400000000&identifier=administrator&usersig=SIG&random=1&contenttype=json", 60012 },
        { "sdkappid=abc&identifier=administrator&usersig=SIG&random=1&contenttype=json", 60002 },
        { "sdkappid=1400000001&identifier=administrator&usersig=SIG&random=1&contenttype=json", 70020 },
        { "sdkappid=1400000000&usersig=SIG&random=1&contenttype=json", 60004 },
        { "sdkappid=1400000000&identifier=administrator&random=1&contenttype=json", 70002 },
        { "sdkappid=1400000000&identifier=administrator&usersig=SIG&contenttype=json", 60002 },
        { "sdkappid=1400000000&identifier=administrator&usersig=SIG&random=-1&contenttype=json", 60002 },
        { "sdkappid=1400000000&identifier=administrator&usersig=SIG&random=4294967296&contenttype=json", 60002 },
        { "sdkappid=1400000000&identifier=administrator&usersig=SIG&random=4294967295&contenttype=json", 0 },
        { "sdkappid=1400000000&identifier=administrator&usersig=SIG&random=1", 60002 },
        { "sdkappid=1400000000&identifier=administrator&usersig=SIG&random=1&contenttype=JSON", 60002 },
    };

    [Theory]
    [MemberData(nameof(QueryCases))]
    public async Task QueryParameterMatrix(string query, int expected)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(VectorOptions(VectorTime + 100));
        JsonElement response = await api.PostAsync(api.RawUri("get_contact_group", query.Replace("SIG", Sign("administrator"))), Body);
        if (expected == 0) response.AssertOk();
        else response.AssertFails(expected);
    }

    [Theory]
    [InlineData("v4/recentcontact/get_lists", 60009)]
    [InlineData("v4/recentcontact/GET_LIST", 60009)]
    [InlineData("v4/openim/get_list", 60009)]
    [InlineData("anything", 60009)]
    public async Task UnknownPath_Is60009(string path, int expected)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        Uri valid = api.Host.CommandUri("get_list");
        (await api.PostAsync(new Uri(api.Host.BaseAddress, path + valid.Query), "{}")).AssertFails(expected);
    }

    [Fact]
    public async Task NonPost_IsAnEnvelopeWithHttp200()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        using HttpResponseMessage response = await api.Http.GetAsync(api.Host.CommandUri("get_list"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await EmulatorClient.ReadJsonAsync(response)).AssertFails(60008);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{\"From_Account\":")]
    public async Task BodyThatIsNotAJsonObject_Is60003(string body)
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        (await api.PostAsync(api.Host.CommandUri("get_list"), body)).AssertFails(60003);
    }

    [Fact]
    public async Task ResponsesCarryTheSampleCorsHeaders()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync();
        using HttpResponseMessage response = await api.Http.PostAsync(api.Host.CommandUri("get_contact_group"), new StringContent(Body, Encoding.UTF8, "application/json"));
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }
}
