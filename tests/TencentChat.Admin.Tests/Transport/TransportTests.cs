using System.Diagnostics;
using System.Text.Json;
using System.Web;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Client.Wire;
using TencentChat.Admin.Tests.Support;
using static TencentChat.Admin.Tests.Support.CannedServer;

namespace TencentChat.Admin.Tests.Transport;

/// <summary>The HTTP call over real loopback HTTP: request shape, envelope, misbehaving servers, retries, failover.</summary>
public class TransportTests
{
    private static Task<GetListResponse> GetList(TencentChat.Admin.Client.Connection.ChatSession session, CancellationToken ct = default) =>
        session.Transport.SendAsync<GetListRequest, GetListResponse>(ConversationCommands.GetList,
            new GetListRequest { FromAccount = "user_0001", AssistFlags = 63 }, TestSessions.Log(session), ct);

    private static Task<EnvelopeOnlyResponse> Delete(TencentChat.Admin.Client.Connection.ChatSession session) =>
        session.Transport.SendAsync<GetListRequest, EnvelopeOnlyResponse>(ConversationCommands.Delete, new GetListRequest { FromAccount = "user_0001" }, TestSessions.Log(session), default);

    [Fact]
    public async Task Request_carries_the_documented_query_and_a_json_body()
    {
        await using var server = await JsonAsync(EmptyGetList);
        using var session = TestSessions.Open(server.BaseAddress, s => s.Identifier = "admin istrator+1");
        await GetList(session);
        await GetList(session);

        var requests = server.Requests.ToArray();
        Assert.Equal("/v4/recentcontact/get_list", requests[0].Path);
        var query = HttpUtility.ParseQueryString(requests[0].Query);
        Assert.Equal("1400000000", query["sdkappid"]);
        Assert.Equal("admin istrator+1", query["identifier"]); // escaped on the wire, decoded here
        Assert.Equal("json", query["contenttype"]);
        Assert.True(uint.TryParse(query["random"], out _));
        Assert.NotEqual(query["random"], HttpUtility.ParseQueryString(requests[1].Query)["random"]);
        var sig = UserSigCodec.Decode(query["usersig"]!);
        Assert.Equal("admin istrator+1", sig.Identifier);
        Assert.Equal(1400000000, sig.SdkAppId);
        Assert.StartsWith("application/json", requests[0].ContentType);

        using var body = JsonDocument.Parse(requests[0].Body);
        Assert.Equal(["From_Account", "TimeStamp", "StartIndex", "TopTimeStamp", "TopStartIndex", "AssistFlags"],
            body.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Success_is_decided_on_ErrorCode_and_ActionStatus_may_be_missing()
    {
        await using var server = await JsonAsync("""{"ErrorCode":0,"SessionItem":[],"CompleteFlag":1}""");
        using var session = TestSessions.Open(server.BaseAddress);
        Assert.Equal(1, (await GetList(session)).CompleteFlag);
    }

    [Fact]
    public async Task A_FAIL_envelope_becomes_ChatApiException_with_code_info_and_display()
    {
        await using var server = await JsonAsync("""{"ActionStatus":"FAIL","ErrorCode":50001,"ErrorInfo":"From_Account not imported","ErrorDisplay":"user missing"}""");
        using var session = TestSessions.Open(server.BaseAddress);

        var e = await Assert.ThrowsAsync<ChatApiException>(() => GetList(session));
        Assert.Equal(("AccountNotFound", 50001, "From_Account not imported", "user missing", "get_list"), (e.ErrorId, e.ErrorCode, e.ErrorInfo, e.ErrorDisplay, e.Command));
        Assert.Equal(ChatErrorKind.ObjectNotFound, e.Kind);
        Assert.Contains("50001", e.Message);
        Assert.Equal(50001, session.LastErrorCode);
    }

    [Fact]
    public async Task Reads_retry_through_502_and_server_errors()
    {
        await using var server = await StartAsync((n, c) => n switch
        {
            1 => Respond(c, 502, "text/html", "<html>bad gateway</html>"),
            2 => Respond(c, 200, "application/json", Failure(50004)),
            3 => Respond(c, 200, "application/json", Failure(70500)),
            _ => Respond(c, 200, "application/json", EmptyGetList),
        });
        using var session = TestSessions.Open(server.BaseAddress);

        await GetList(session);
        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(3, session.Retries);
    }

    [Theory]
    [InlineData(50004, "ServerError")]
    [InlineData(50005, "ServerTimeout")]
    [InlineData(70169, "ServerTimeout")]
    [InlineData(70500, "ServerError")]
    [InlineData(60019, "Throttled")]
    [InlineData(70202, "ServerTimeout")]
    [InlineData(90992, "ServerTimeout")]
    [InlineData(90994, "ServerError")]
    [InlineData(30008, "ServerError")]
    public async Task Each_retry_is_one_verbose_line_with_code_attempt_and_wait(int code, string errorId)
    {
        await using var server = await StartAsync((n, c) => Respond(c, 200, "application/json", n <= 2 ? Failure(code) : EmptyGetList));
        using var session = TestSessions.Open(server.BaseAddress);
        var log = TestSessions.Log(session);

        await session.Transport.SendAsync<GetListRequest, GetListResponse>(ConversationCommands.GetList, new GetListRequest { FromAccount = "u" }, log, default);

        var retries = TestSessions.Drain(log).Where(l => l.Level == Client.Diagnostics.ChatLogLevel.Verbose).Select(l => l.Text).ToList();
        Assert.Equal(2, retries.Count);
        for (int attempt = 1; attempt <= 2; attempt++)
            Assert.Matches($@"^get_list: Tencent error {code} \({errorId}\) \(attempt {attempt} of 4\); retrying in \d+\.\d\d s\.$", retries[attempt - 1]);
        Assert.Equal((3L, 2L, code), (session.Requests, session.Retries, session.LastErrorCode));
    }

    [Fact]
    public async Task The_overall_deadline_ends_retries_long_before_the_attempt_limit()
    {
        await using var server = await StartAsync((_, c) => Respond(c, 200, "application/json", Failure(50004)));
        // One failing call first warms up the server and the failure path, so a cold start does not eat the deadline.
        using (var warmUp = TestSessions.Open(server.BaseAddress, s => s.Retry = RetryPolicy.NoRetries))
            await Assert.ThrowsAsync<ChatApiException>(() => GetList(warmUp));
        using var session = TestSessions.Open(server.BaseAddress, s => s.Retry = new RetryPolicy
        {
            MaxAttempts = 1000, BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(100), Deadline = TimeSpan.FromSeconds(1),
        });

        var e = await Assert.ThrowsAsync<ChatApiException>(() => GetList(session));
        Assert.Equal("ServerError", e.ErrorId);
        // Waits average 50 ms, so about 20 attempts fit in 1 s; the attempt limit alone would allow 1000.
        Assert.InRange(server.Requests.Count - 1, 2, 200);
    }

    [Fact]
    public async Task Writes_are_retried_when_the_request_never_left_the_machine()
    {
        using var session = TestSessions.Open(ClosedPort());
        var e = await Assert.ThrowsAsync<ChatTransportException>(() => Delete(session));
        Assert.Equal("ConnectionFailed", e.ErrorId);
        Assert.Equal((4L, 3L), (session.Requests, session.Retries));
    }

    [Fact]
    public async Task Writes_do_not_retry_when_the_outcome_is_unknown()
    {
        await using var server = await StartAsync((_, c) => Respond(c, 200, "application/json", Failure(50005)));
        using var session = TestSessions.Open(server.BaseAddress);

        var e = await Assert.ThrowsAsync<ChatApiException>(() => Delete(session));
        Assert.Equal("ServerTimeout", e.ErrorId);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(60007)]
    [InlineData(60011)]
    [InlineData(60018)]
    [InlineData(60019)]
    public async Task Throttling_codes_are_retried_for_writes_too_and_counted(int code)
    {
        await using var server = await StartAsync((n, c) => Respond(c, 200, "application/json", n <= 2 ? Failure(code) : """{"ErrorCode":0}"""));
        using var session = TestSessions.Open(server.BaseAddress);

        await Delete(session);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(2, session.Throttled);
        Assert.True(session.TimeWaited > TimeSpan.Zero);
    }

    [Fact]
    public async Task Persistent_throttling_ends_in_a_Throttled_error_after_the_attempt_limit()
    {
        await using var server = await StartAsync((_, c) => Respond(c, 200, "application/json", Failure(60018)));
        using var session = TestSessions.Open(server.BaseAddress);

        var e = await Assert.ThrowsAsync<ChatApiException>(() => GetList(session));
        Assert.Equal(("Throttled", ChatErrorKind.LimitsExceeded), (e.ErrorId, e.Kind));
        Assert.Equal(4, server.Requests.Count); // FastRetries: 4 attempts
    }

    [Fact]
    public async Task An_expired_usersig_is_renewed_once_and_the_request_repeated()
    {
        var clock = new ManualClock(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        await using var server = await StartAsync((n, c) =>
        {
            if (n > 1) return Respond(c, 200, "application/json", EmptyGetList);
            clock.Advance(TimeSpan.FromMinutes(1)); // time passes while the server judges the signature stale
            return Respond(c, 200, "application/json", Failure(70001));
        });
        using var session = TestSessions.Open(server.BaseAddress, s => s.Clock = clock.Now);

        await GetList(session);
        var issued = server.Requests.Select(r => UserSigCodec.Decode(HttpUtility.ParseQueryString(r.Query)["usersig"]!).IssuedAtUnix).ToList();
        Assert.Equal([1_700_000_000, 1_700_000_060], issued);
        Assert.Equal(1, session.Retries);
    }

    [Fact]
    public async Task Usersig_errors_other_than_expiry_are_not_retried()
    {
        await using var server = await StartAsync((_, c) => Respond(c, 200, "application/json", Failure(70009)));
        using var session = TestSessions.Open(server.BaseAddress);

        var e = await Assert.ThrowsAsync<ChatApiException>(() => GetList(session));
        Assert.Equal(("UserSigKeyMismatch", ChatErrorKind.AuthenticationError), (e.ErrorId, e.Kind));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Unreachable_primary_fails_over_to_the_backup_and_stays_there()
    {
        await using var backup = await JsonAsync(EmptyGetList);
        using var session = TestSessions.Open(ClosedPort(), s => s.BackupEndpoint = backup.BaseAddress);
        var log = TestSessions.Log(session);

        await session.Transport.SendAsync<GetListRequest, GetListResponse>(ConversationCommands.GetList, new GetListRequest { FromAccount = "u" }, log, default);
        await session.Transport.SendAsync<GetListRequest, GetListResponse>(ConversationCommands.GetList, new GetListRequest { FromAccount = "u" }, log, default);

        Assert.Equal(2, backup.Requests.Count);
        Assert.Equal(1, session.Failovers);
        Assert.Equal(backup.BaseAddress, session.Endpoint);
        Assert.Contains(TestSessions.Drain(log), l => l.Text.Contains("switching to the backup domain"));
    }

    [Fact]
    public async Task A_stalled_answer_times_out_and_reads_retry()
    {
        await using var server = await StartAsync(async (n, c) =>
        {
            if (n == 1) await Task.Delay(3000, c.RequestAborted).ContinueWith(_ => { });
            await Respond(c, 200, "application/json", EmptyGetList);
        });
        using var session = TestSessions.Open(server.BaseAddress, s => s.RequestTimeout = TimeSpan.FromMilliseconds(300));

        await GetList(session);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Cancellation_stops_a_request_in_flight_promptly()
    {
        await using var server = await StartAsync(async (_, c) => await Task.Delay(30_000, c.RequestAborted));
        using var session = TestSessions.Open(server.BaseAddress, s => s.RequestTimeout = TimeSpan.FromSeconds(60));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => GetList(session, cts.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Cancellation_interrupts_a_retry_backoff()
    {
        await using var server = await StartAsync((_, c) => Respond(c, 200, "application/json", Failure(60018)));
        using var session = TestSessions.Open(server.BaseAddress, s => s.Retry = new RetryPolicy { ThrottleBaseDelay = TimeSpan.FromMinutes(5), MaxDelay = TimeSpan.FromMinutes(5), Deadline = TimeSpan.FromHours(1) });
        using var cts = new CancellationTokenSource();

        var call = GetList(session, cts.Token);
        while (server.Requests.IsEmpty) await Task.Delay(10);
        await Task.Delay(100);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_client_side_rate_limit_spaces_requests_per_command()
    {
        await using var server = await JsonAsync(EmptyGetList);
        using var session = TestSessions.Open(server.BaseAddress, s => s.RateLimitPerSecond = 10);

        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => GetList(session)));
        // 10 in any second: the 21st call goes at least 2 s after the first. Only a lower bound, so a slow machine cannot fail it.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(2), $"25 calls at 10/s took only {watch.Elapsed}");
        Assert.Equal(25, server.Requests.Count);
    }

    [Fact]
    public async Task A_closed_session_refuses_calls_with_SessionClosed()
    {
        await using var server = await JsonAsync(EmptyGetList);
        var session = TestSessions.Open(server.BaseAddress);
        session.Dispose();
        var e = await Assert.ThrowsAsync<ChatInputException>(() => GetList(session));
        Assert.Equal("SessionClosed", e.ErrorId);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void Backoff_has_full_jitter_within_an_exponential_cap()
    {
        var policy = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(100), ThrottleBaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(5) };
        var third = Enumerable.Range(0, 200).Select(_ => policy.DelayBefore(3, throttled: false)).ToList();
        Assert.All(third, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromMilliseconds(400)));
        Assert.True(third.Distinct().Count() > 50, "delays should be spread, not fixed");
        Assert.All(Enumerable.Range(0, 50).Select(_ => policy.DelayBefore(10, throttled: true)), d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromSeconds(5)));
    }
}
