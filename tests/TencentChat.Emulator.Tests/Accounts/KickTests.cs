using System.Text.Json;
using TencentChat.Emulator.Accounts;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Accounts;

/// <summary>im_open_login_svc/kick (account spec §3.5).</summary>
public sealed class KickTests : IAsyncLifetime
{
    private DateTimeOffset _now = DateTimeOffset.FromUnixTimeSeconds(1775000000);
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync(new EmulatorOptions { Clock = () => _now, Administrators = new[] { "administrator", "second_admin" } });

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Kick_SetsEveryPlatformOffline_AnswersTheBareEnvelope()
    {
        _api.Host.State.SetOnlineStatus("user_0001", "iPhone", OnlineStatus.PushOnline);
        _api.Host.State.SetOnlineStatus("user_0001", "Web", OnlineStatus.Online);

        JsonElement response = await _api.PostAsync("kick", """{"UserID":"user_0001"}""");

        response.AssertOk();
        Assert.Equal(new[] { "ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay" }, response.Names());
        AccountInfo account = _api.Host.State.GetAccount("user_0001")!;
        Assert.Equal(OnlineStatus.Offline, account.Status);
        Assert.Empty(account.Platforms);
        Assert.Equal(1, _api.Host.Stats.Requests["kick"]);
    }

    [Fact]
    public async Task Kick_AnOfflineAccount_Succeeds_TheOldIdentifierNameIsAccepted() =>
        (await _api.PostAsync("kick", """{"Identifier":"user_0002"}""")).AssertOk();

    [Fact]
    public async Task Kick_MissingAccount_Is70107() =>
        Assert.Contains("nobody", (await _api.PostAsync("kick", """{"UserID":"nobody"}""")).AssertFails(70107));

    [Theory]
    [InlineData("""{}""", "UserID is required")]
    [InlineData("""{"UserID":""}""", "UserID must not be empty")]
    [InlineData("""{"UserID":["user_0001"]}""", "UserID is an account field and must be a JSON string")]
    public async Task Kick_BadRequest_Is70402(string body, string expected) =>
        Assert.Contains(expected, (await _api.PostAsync("kick", body)).AssertFails(70402));

    [Fact]
    public async Task KickedAdmin_ItsUserSigsIssuedUpToTheKickAreRefused_ALaterOneWorks()
    {
        string before = _api.Host.CreateUserSig("second_admin");
        (await _api.PostAsync("kick", """{"UserID":"second_admin"}""")).AssertOk();
        string sameSecond = _api.Host.CreateUserSig("second_admin");
        const string check = """{"CheckItem":[{"UserID":"user_0001"}]}""";

        Assert.Contains("kicked", (await _api.PostAsync(_api.Host.CommandUri("account_check", before, "second_admin"), check)).AssertFails(70052));
        (await _api.PostAsync(_api.Host.CommandUri("account_check", sameSecond, "second_admin"), check)).AssertFails(70052);
        (await _api.PostAsync("account_check", check)).AssertOk(); // other admins are not affected

        _now = _now.AddSeconds(1);
        (await _api.PostAsync(_api.Host.CommandUri("account_check", _api.Host.CreateUserSig("second_admin"), "second_admin"), check)).AssertOk();
    }
}
