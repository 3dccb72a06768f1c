using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets.Session;

/// <summary>Test-ChatConnection in a real runspace: one object (or a bool with -Quiet), and a failure is a result, never an error.</summary>
public sealed class TestChatConnectionTests(SharedPowerShellScope shared) : IClassFixture<SharedPowerShellScope>
{
    [Fact]
    public void Against_the_emulator_it_succeeds_with_a_latency()
    {
        var ps = shared.Reset();

        var run = ps.Run("Test-ChatConnection").ThrowIfFailed();

        var result = Assert.IsType<ChatConnectionTest>(Assert.Single(run.Output).BaseObject);
        Assert.True(result.Succeeded);
        Assert.InRange(result.LatencyMs, 0, 5000);
        Assert.Empty(run.Errors);
        Assert.Equal(1, ps.Emulator.Requests("get_list"));
    }

    [Theory]
    [InlineData("wrong key", "UserSigKeyMismatch")]
    [InlineData("closed port", "ConnectionFailed")]
    public void A_failure_is_Succeeded_false_with_the_ErrorId_and_no_error_record(string what, string errorId)
    {
        var ps = shared.Reset();
        ChatSession session = ps.Emulator.OpenSession(what == "wrong key"
            ? s => s.SecretKey = ChatSecretKey.FromString("a-key-of-another-app")
            : s => s.Endpoint = CannedServer.ClosedPort());
        var variables = new Dictionary<string, object?> { ["failing"] = session };

        var run = ps.Run("Test-ChatConnection -Session $failing", variables);
        var quiet = ps.Run("Test-ChatConnection -Session $failing -Quiet", variables);

        Assert.Null(run.Terminating);
        Assert.Empty(run.Errors);
        var result = Assert.IsType<ChatConnectionTest>(Assert.Single(run.Output).BaseObject);
        Assert.Equal((false, errorId), (result.Succeeded, result.ErrorId));
        Assert.False(Assert.IsType<bool>(Assert.Single(quiet.Output).BaseObject));
        Assert.Empty(quiet.Errors);
        Assert.Equal(2, session.Requests); // one each, no retries
    }

    [Fact]
    public void Quiet_writes_true_for_a_working_connection()
    {
        var ps = shared.Reset();

        var run = ps.Run("Test-ChatConnection -Quiet").ThrowIfFailed();

        Assert.True(Assert.IsType<bool>(Assert.Single(run.Output).BaseObject));
    }
}
