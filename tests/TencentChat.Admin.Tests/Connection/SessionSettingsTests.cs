using System.Security;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Connection;

/// <summary>Connect-time validation: every bad setting is refused before anything is sent, with a stable ErrorId.</summary>
public class SessionSettingsTests
{
    private static readonly Uri Loopback = new("http://127.0.0.1:5080");

    private static string Refused(Action<ChatConnectionSettings> change)
    {
        var settings = TestSessions.Settings(Loopback);
        change(settings);
        return Assert.ThrowsAny<ChatInputException>(() => ChatSession.Open(settings)).ErrorId;
    }

    [Theory]
    [InlineData("http://example.com", "InsecureEndpoint")]
    [InlineData("http://10.0.0.5:5080", "InsecureEndpoint")]
    [InlineData("http://127.0.0.1.nip.io", "InsecureEndpoint")]
    [InlineData("ftp://127.0.0.1", "InvalidEndpoint")]
    [InlineData("https://proxy.example.com/?x=1", "InvalidEndpoint")]
    public void Endpoints_that_would_leak_or_cannot_work_are_refused(string endpoint, string errorId) =>
        Assert.Equal(errorId, Refused(s => s.Endpoint = new Uri(endpoint)));

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
    public void There_is_no_silent_default_region() => Assert.Equal("RegionRequired", Refused(s => s.Endpoint = null));

    [Fact]
    public void Region_and_endpoint_together_are_ambiguous() => Assert.Equal("RegionAndEndpoint", Refused(s => s.Region = ChatRegion.Singapore));

    [Fact]
    public void An_undefined_region_value_is_refused() => Assert.Equal("InvalidRegion", Refused(s => { s.Endpoint = null; s.Region = (ChatRegion)42; }));

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

    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData(4294967296L)]
    public void SdkAppIds_outside_32_bits_are_refused(long appId) => Assert.Equal("InvalidSdkAppId", Refused(s => s.SdkAppId = appId));

    [Fact]
    public void A_missing_SdkAppId_says_how_to_give_one() => Assert.Equal("MissingSdkAppId", Refused(s => s.SdkAppId = null));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" administrator")]
    [InlineData("admin\u0001")]
    public void Bad_identifiers_are_refused(string identifier) => Assert.Equal("InvalidIdentifier", Refused(s => s.Identifier = identifier));

    [Fact]
    public void No_credentials_at_all_is_refused() => Assert.Equal("MissingCredentials", Refused(s => s.SecretKey = null));

    [Fact]
    public void Key_and_usersig_together_are_refused() => Assert.Equal("AmbiguousCredentials", Refused(s => s.UserSig = "eJxxx"));

    [Fact]
    public void A_non_positive_timeout_is_refused() => Assert.Equal("InvalidTimeout", Refused(s => s.RequestTimeout = TimeSpan.Zero));

    [Fact]
    public void A_negative_rate_limit_is_refused() => Assert.Equal("InvalidRateLimit", Refused(s => s.RateLimitPerSecond = -1));

    [Fact]
    public void A_too_short_usersig_lifetime_is_refused() => Assert.Equal("InvalidUserSigLifetime", Refused(s => s.UserSigLifetime = TimeSpan.FromSeconds(5)));

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
    public void A_ready_made_usersig_is_checked_against_the_app_and_identifier_before_use()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.Equal("UserSigMismatch", Assert.Throws<ChatInputException>(() =>
            ChatSession.Open(ReadyMadeSettings(ReadyMade(1400000001, "administrator", now, TimeSpan.FromDays(2)), now))).ErrorId);
        Assert.Equal("UserSigMismatch", Assert.Throws<ChatInputException>(() =>
            ChatSession.Open(ReadyMadeSettings(ReadyMade(1400000000, "someone", now, TimeSpan.FromDays(2)), now))).ErrorId);
        Assert.Equal("UserSigExpired", Assert.Throws<ChatInputException>(() =>
            ChatSession.Open(ReadyMadeSettings(ReadyMade(1400000000, "administrator", now.AddDays(-3), TimeSpan.FromDays(2)), now))).ErrorId);
        Assert.Equal("InvalidUserSig", Assert.Throws<ChatInputException>(() =>
            ChatSession.Open(ReadyMadeSettings("eJyrVgrxCdYrSy1SslIy0jNQ0gHz", now))).ErrorId);
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

    [Theory]
    [InlineData(ChatEnvironment.SdkAppIdVariable, "12ab", "InvalidSdkAppId")]
    [InlineData(ChatEnvironment.RegionVariable, "Atlantis", "InvalidRegion")]
    [InlineData(ChatEnvironment.RegionVariable, "99", "InvalidRegion")]
    [InlineData(ChatEnvironment.EndpointVariable, "not a uri", "InvalidEndpoint")]
    public void Bad_environment_values_are_named_in_the_error(string variable, string value, string errorId)
    {
        var e = Assert.Throws<ChatInputException>(() => ChatEnvironment.FillMissing(new ChatConnectionSettings(), n => n == variable ? value : null));
        Assert.Equal(errorId, e.ErrorId);
        Assert.Contains(variable, e.Message);
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
