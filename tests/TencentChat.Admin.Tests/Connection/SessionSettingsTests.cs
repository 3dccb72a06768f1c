using System.Security;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Connection;

/// <summary>Connect-time settings that are accepted and what they lead to; the refused ones are rows of Reliability/BadInputCatalogue.</summary>
public class SessionSettingsTests
{
    private static readonly Uri Loopback = new("http://127.0.0.1:5080");

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://127.8.9.10")]
    [InlineData("http://localhost:1234/")]
    [InlineData("http://[::1]:5080")]
    [InlineData("https://proxy.example.com/tencent/")]
    public void Loopback_http_and_any_https_endpoint_are_accepted(string endpoint)
    {
        using var session = ChatSession.Open(TestSessions.Settings(new Uri(endpoint)));
        Assert.StartsWith(endpoint.TrimEnd('/'), session.Endpoint.ToString().TrimEnd('/'));
    }

    [Fact]
    public void A_region_brings_its_primary_and_backup_domains()
    {
        var settings = TestSessions.Settings(Loopback);
        settings.Endpoint = null;
        settings.Region = ChatRegion.Singapore;
        using var session = ChatSession.Open(settings);
        Assert.Equal(new Uri("https://adminapisgp.im.qcloud.com/"), session.Endpoint);
        Assert.Equal(new Uri("https://adminapisgp.my-imcloud.com/"), ChatRegions.BackupEndpoint(ChatRegion.Singapore));
    }

    private static string ReadyMade(long appId, string identifier, DateTimeOffset issued, TimeSpan lifetime)
    {
        using var key = ChatSecretKey.FromString("some-key");
        return UserSigCodec.Create(appId, key, identifier, issued, lifetime);
    }

    private static ChatConnectionSettings ReadyMadeSettings(string userSig, DateTimeOffset now)
    {
        var settings = TestSessions.Settings(Loopback);
        settings.SecretKey = null;
        settings.UserSig = userSig;
        settings.Clock = () => now;
        return settings;
    }

    [Fact]
    public void A_ready_made_usersig_that_expires_soon_gives_a_warning_and_no_renewal()
    {
        var now = DateTimeOffset.UtcNow;
        string sig = ReadyMade(1400000000, "administrator", now, TimeSpan.FromHours(2));
        var log = new ChatLog(new Redactor());
        using var session = ChatSession.Open(ReadyMadeSettings(sig, now), log);

        Assert.False(session.RenewsUserSig);
        Assert.Equal(now.ToUnixTimeSeconds() + 7200, session.UserSigExpiresAt.ToUnixTimeSeconds());
        var lines = TestSessions.Drain(log);
        Assert.Contains(lines, l => l.Level == ChatLogLevel.Warning && l.Text.Contains("expires in 2 hours"));
        Assert.DoesNotContain(lines, l => l.Text.Contains(sig));
    }

    [Fact]
    public void Environment_variables_fill_only_what_parameters_left_open()
    {
        var env = new Dictionary<string, string>
        {
            [ChatEnvironment.SdkAppIdVariable] = "20000001",
            [ChatEnvironment.IdentifierVariable] = "ops_admin",
            [ChatEnvironment.SecretKeyVariable] = "env-key",
            [ChatEnvironment.RegionVariable] = "frankfurt",
        };
        var fromEnv = new ChatConnectionSettings();
        ChatEnvironment.FillMissing(fromEnv, n => env.GetValueOrDefault(n));
        Assert.Equal((20000001L, "ops_admin", ChatRegion.Frankfurt, "Environment"), (fromEnv.SdkAppId, fromEnv.Identifier, fromEnv.Region, fromEnv.CredentialSource));
        Assert.NotNull(fromEnv.SecretKey);

        var explicitFirst = new ChatConnectionSettings { SdkAppId = 1, Identifier = "me", Endpoint = Loopback, UserSig = "given" };
        ChatEnvironment.FillMissing(explicitFirst, n => env.GetValueOrDefault(n));
        Assert.Equal((1L, "me", (ChatRegion?)null, (ChatSecretKey?)null), (explicitFirst.SdkAppId, explicitFirst.Identifier, explicitFirst.Region, explicitFirst.SecretKey));
    }

    [Fact]
    public void The_session_prints_no_secret()
    {
        var settings = TestSessions.Settings(Loopback);
        using var session = ChatSession.Open(settings);
        string everything = string.Join("\n", typeof(ChatSession).GetProperties().Select(p => $"{p.Name}={p.GetValue(session)}")) + session;
        Assert.DoesNotContain(TestSessions.Key, everything);
        Assert.DoesNotContain("eJ", everything);
    }

    [Fact]
    public void A_secure_string_key_becomes_the_same_bytes_as_its_text()
    {
        var secure = new SecureString();
        foreach (char c in "k€y-ü") secure.AppendChar(c);
        using var fromSecure = ChatSecretKey.FromSecureString(secure);
        using var fromText = ChatSecretKey.FromString("k€y-ü");
        var at = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        Assert.Equal(UserSigCodec.Create(1, fromText, "a", at, TimeSpan.FromDays(1)), UserSigCodec.Create(1, fromSecure, "a", at, TimeSpan.FromDays(1)));
    }
}
