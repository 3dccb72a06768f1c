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

    /// <summary>Connect-ChatAdmin's parameters give a session of the test's own: the default one is not touched, nor made.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void With_Connects_parameters_it_tests_a_key_and_leaves_the_default_session_as_it_was(bool connectedBefore)
    {
        var ps = shared.Reset();
        var variables = new Dictionary<string, object?>
        {
            ["app"] = ps.Emulator.Host.Options.SdkAppId,
            ["key"] = ps.Emulator.Host.Options.SecretKey,
            ["endpoint"] = ps.Emulator.Host.BaseAddress.ToString(),
        };
        // -Session explicitly: Disconnect-ChatAdmin's default -Session is the scope's own session.
        const string disconnect = "$default = Get-ChatConnection; if ($default) { Disconnect-ChatAdmin -Session $default }";
        ps.Run(connectedBefore
            ? "Connect-ChatAdmin -SdkAppId $app -SecretKey (ConvertTo-SecureString $key -AsPlainText -Force) -Endpoint $endpoint"
            : disconnect, variables).ThrowIfFailed();
        var before = ps.Run("Get-ChatConnection").ThrowIfFailed().Output.Select(o => o.BaseObject).SingleOrDefault();

        var wrong = ps.Run("""
            $wrongKey = ConvertTo-SecureString 'a-key-of-another-app' -AsPlainText -Force
            Test-ChatConnection -SdkAppId $app -SecretKey $wrongKey -Endpoint $endpoint -TimeoutSec 10
            """, variables);
        var right = ps.Run("""
            $credential = [pscredential]::new('administrator', (ConvertTo-SecureString $key -AsPlainText -Force))
            Test-ChatConnection -SdkAppId $app -Credential $credential -Endpoint $endpoint -Quiet
            """, variables);
        var after = ps.Run("Get-ChatConnection").ThrowIfFailed().Output.Select(o => o.BaseObject).SingleOrDefault();
        ps.Run(disconnect).ThrowIfFailed();

        Assert.Null(wrong.Terminating);
        Assert.Empty(wrong.Errors);
        var result = Assert.IsType<ChatConnectionTest>(Assert.Single(wrong.Output).BaseObject);
        Assert.Equal((false, "UserSigKeyMismatch"), (result.Succeeded, result.ErrorId));
        Assert.True(Assert.IsType<bool>(Assert.Single(right.ThrowIfFailed().Output).BaseObject));
        Assert.Equal(connectedBefore, before != null);
        Assert.Same(before, after);
        if (before is ChatSession unchanged)
            Assert.Equal(0, unchanged.Requests);
        Assert.Equal(2, ps.Emulator.Requests("get_list"));
    }

    [Fact]
    public void Its_parameter_sets_are_the_session_and_Connects_four()
    {
        var ps = shared.Reset();

        var sets = ps.Run("(Get-Command Test-ChatConnection).ParameterSets | ForEach-Object { $_.Name + ':' + (($_.Parameters | Where-Object Position -ge 0 | ForEach-Object Name) -join ',') + ':' + $_.IsDefault }")
            .ThrowIfFailed().Output.Select(o => o.ToString()).ToList();
        var sessionSet = ps.Run("(Get-Command Test-ChatConnection).ParameterSets.Where({ $_.Name -eq 'Session' }).Parameters.Name -join ','")
            .ThrowIfFailed().Output.Single().ToString();

        Assert.Equal(new[] { "Session::True", "SecretKey:SdkAppId:False", "Credential:SdkAppId:False", "UserSig:SdkAppId:False", "Environment:SdkAppId:False" }.Order(), sets.Order());
        // Connect's connection settings mean nothing for a session that exists already.
        Assert.DoesNotContain("Region", sessionSet.Split(','));
        Assert.DoesNotContain("Endpoint", sessionSet.Split(','));
    }
}
