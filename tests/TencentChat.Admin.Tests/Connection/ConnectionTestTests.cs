using System.Diagnostics;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Faults;

namespace TencentChat.Admin.Tests.Connection;

/// <summary>Test-ChatConnection's probe over loopback: one request, every failure a result rather than an exception.</summary>
public class ConnectionTestTests
{
    [Fact]
    public async Task A_working_connection_succeeds_with_one_get_list_of_the_admin_itself_and_no_clock_skew()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();

        var result = await ConnectionTest.RunAsync(session, TestSessions.Log(session), default);

        Assert.True(result.Succeeded);
        Assert.Equal((null, null, null), (result.ErrorId, result.ErrorCode, result.Message));
        Assert.Equal((session.Endpoint, 1400000000L, "administrator"), (result.Endpoint, result.SdkAppId, result.Identifier));
        Assert.InRange(result.LatencyMs, 0, 5000);
        Assert.True(result.UserSigExpires > DateTimeOffset.UtcNow);
        Assert.NotNull(result.ClockSkew); // Kestrel sends a Date header
        Assert.InRange(Math.Abs(result.ClockSkew!.Value.TotalSeconds), 0, 1);
        Assert.Equal((1, 1), (emulator.Requests("get_list"), emulator.AllRequests));
    }

    [Fact]
    public async Task The_servers_clock_skew_is_measured_against_the_clock_the_usersigs_are_signed_with()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession(s => s.Clock = () => DateTimeOffset.UtcNow.AddSeconds(-120));

        var result = await ConnectionTest.RunAsync(session, TestSessions.Log(session), default);

        Assert.True(result.Succeeded);
        Assert.InRange(result.ClockSkew!.Value.TotalSeconds, 119, 121);
    }

    [Theory]
    [InlineData("wrong key", "UserSigKeyMismatch", 70009)]
    [InlineData("wrong app", "InvalidSdkAppId", 70020)]   // the emulator's answer for another app; notes say a wrong region gets it too (UNCONFIRMED)
    public async Task Wrong_credentials_give_a_failed_result_with_the_usual_ErrorId_after_one_request(string what, string errorId, int errorCode)
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession(s =>
        {
            if (what == "wrong key") s.SecretKey = Client.Authentication.ChatSecretKey.FromString("not-the-apps-key");
            else s.SdkAppId = 1400000001;
        });

        var result = await ConnectionTest.RunAsync(session, TestSessions.Log(session), default);

        Assert.False(result.Succeeded);
        Assert.Equal((errorId, errorCode), (result.ErrorId, result.ErrorCode));
        Assert.Contains(errorCode.ToString(), result.Message);
        Assert.DoesNotContain("not-the-apps-key", result.Message);
        Assert.Equal(1, emulator.AllRequests);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_ConnectionFailed_without_retry_or_failover()
    {
        using var session = TestSessions.Open(CannedServer.ClosedPort(), s => s.BackupEndpoint = CannedServer.ClosedPort());
        Uri primary = session.Endpoint;

        var result = await ConnectionTest.RunAsync(session, TestSessions.Log(session), default);

        Assert.False(result.Succeeded);
        Assert.Equal(("ConnectionFailed", (int?)null), (result.ErrorId, result.ErrorCode));
        Assert.Null(result.ClockSkew);
        Assert.Equal((primary, 1L, 0L, 0L), (session.Endpoint, session.Requests, session.Retries, session.Failovers));
    }

    [Fact]
    public async Task A_server_that_does_not_answer_is_RequestTimeout_within_the_sessions_timeout()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        emulator.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [FaultKind.Stall] = 1.0 }, StallMs = 10000 };
        var session = emulator.OpenSession(s => s.RequestTimeout = TimeSpan.FromSeconds(1));
        var watch = Stopwatch.StartNew();

        var result = await ConnectionTest.RunAsync(session, TestSessions.Log(session), default);

        Assert.False(result.Succeeded);
        Assert.Equal("RequestTimeout", result.ErrorId);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0.9, 3);
        Assert.Equal(1, emulator.AllRequests);
    }
}
