using System.Text.Json;
using TencentChat.Emulator.Accounts;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Accounts;

/// <summary>im_open_login_svc/account_import (account spec §3.1).</summary>
public sealed class AccountImportTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task SpecSample_ImportsWithTheProfile_AnswersTheBareEnvelope()
    {
        JsonElement response = await _api.PostAsync("account_import", """{"UserID":"test","Nick":"test","FaceUrl":"http://www.qq.com"}""");

        response.AssertOk();
        Assert.Equal(new[] { "ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay" }, response.Names());
        Assert.Equal(("test", "http://www.qq.com"), (_api.Host.State.GetAccount("test")!.Nick, _api.Host.State.GetAccount("test")!.FaceUrl));
        Assert.Equal(1, _api.Host.Stats.Requests["account_import"]);
    }

    [Fact]
    public async Task OldSdkShape_IdentifierAndType_IsAccepted()
    {
        (await _api.PostAsync("account_import", """{"Identifier":"legacy","Nick":"n","Type":0}""")).AssertOk();
        Assert.Equal("n", _api.Host.State.GetAccount("legacy")!.Nick);
    }

    [Fact]
    public async Task ExistingAccount_OnlyTheSuppliedFieldsAreOverwritten()
    {
        (await _api.PostAsync("account_import", """{"UserID":"user_0001","Nick":"a","FaceUrl":"http://a"}""")).AssertOk();
        (await _api.PostAsync("account_import", """{"UserID":"user_0001","FaceUrl":"http://b"}""")).AssertOk();
        Assert.Equal(("a", "http://b"), (_api.Host.State.GetAccount("user_0001")!.Nick, _api.Host.State.GetAccount("user_0001")!.FaceUrl));
        Assert.Equal(53, _api.Host.State.GetConversations("user_0001").Count);
    }

    [Theory]
    [InlineData("Nick")]
    [InlineData("FaceUrl")]
    public async Task ProfileValueOver500Bytes_Is40601_AndImportsNothing(string field)
    {
        string at = new('é', 250);     // 500 bytes
        (await _api.PostAsync("account_import", $$"""{"UserID":"at_limit","{{field}}":"{{at}}"}""")).AssertOk();
        Assert.Contains("501 bytes", (await _api.PostAsync("account_import", $$"""{"UserID":"over","{{field}}":"{{at}}x"}""")).AssertFails(40601));
        Assert.False(_api.Host.State.UserExists("over"));
    }

    [Theory]
    [InlineData("""{}""", "UserID is required")]
    [InlineData("""{"UserID":""}""", "UserID must not be empty")]
    [InlineData("""{"UserID":"abcdefghijklmnopqrstuvwxyz0123456"}""", "must be 1 to 32 bytes")]
    [InlineData("""{"UserID":"ééééééééééééééééé"}""", "must be 1 to 32 bytes")]      // 17 characters, 34 bytes
    [InlineData("""{"UserID":1}""", "UserID is an account field and must be a JSON string")]
    [InlineData("""{"UserID":"u","Nick":1}""", "Nick must be a JSON string")]
    public async Task BadUserIdOrField_Is70402(string body, string expected) =>
        Assert.Contains(expected, (await _api.PostAsync("account_import", body)).AssertFails(70402));

    [Fact]
    public async Task UserIdOf32Bytes_IsImported()
    {
        (await _api.PostAsync("account_import", """{"UserID":"abcdefghijklmnopqrstuvwxyz012345"}""")).AssertOk();
        Assert.True(_api.Host.State.UserExists("abcdefghijklmnopqrstuvwxyz012345"));
    }

    [Fact]
    public async Task TrialEdition_The101stAccountIs70398()
    {
        await using EmulatorClient trial = await EmulatorClient.StartAsync(new EmulatorOptions { Seed = "none", Edition = EmulatorEdition.Trial });
        for (int i = 0; i < 99; i++) (await trial.PostAsync("account_import", $$"""{"UserID":"t{{i}}"}""")).AssertOk();

        Assert.Contains("Pro edition", (await trial.PostAsync("account_import", """{"UserID":"one_too_many"}""")).AssertFails(70398));
        (await trial.PostAsync("account_import", """{"UserID":"t0","Nick":"still fine"}""")).AssertOk();
    }

    [Fact]
    public async Task ProDeletionEnabled_ReimportWithinTheBlock_Is70402()
    {
        await using EmulatorClient pro = await EmulatorClient.StartAsync(new EmulatorOptions { Edition = EmulatorEdition.ProDeletionEnabled });
        (await pro.PostAsync("account_delete", """{"DeleteItem":[{"UserID":"user_0009"}]}""")).AssertOk();
        Assert.Contains("refuses to import it again", (await pro.PostAsync("account_import", """{"UserID":"user_0009"}""")).AssertFails(70402));
    }
}
