using System.Security;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using static TencentChat.Admin.Tests.Support.CannedServer;

namespace TencentChat.Admin.Tests.Reliability;

/// <summary>
/// The one table of bad input: settings, credentials, arguments, server answers and network failures. Each is
/// answered by a <see cref="ChatAdminException"/> with a stable ErrorId and no inner exception (never a raw
/// JsonException, NullReferenceException, HttpRequestException or ArgumentException).
/// </summary>
public class BadInputCatalogue
{
    private static readonly Uri Loopback = new("http://127.0.0.1:5080");

    /// <param name="Mentions">Text the message must contain, where naming the culprit is the point.</param>
    private sealed record Case(string ErrorId, Func<Task> Act, string? Mentions = null);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Connect-time settings (ChatSession.Open): refused before anything is sent.
        ["SdkAppId missing"] = new("MissingSdkAppId", Open(s => s.SdkAppId = null)),
        ["SdkAppId 0"] = new("MalformedSdkAppId", Open(s => s.SdkAppId = 0)),
        ["SdkAppId negative"] = new("MalformedSdkAppId", Open(s => s.SdkAppId = -5)),
        ["SdkAppId over 32 bits"] = new("MalformedSdkAppId", Open(s => s.SdkAppId = 4294967296L)),
        ["identifier empty"] = new("InvalidIdentifier", Open(s => s.Identifier = "")),
        ["identifier blank"] = new("InvalidIdentifier", Open(s => s.Identifier = "  ")),
        ["identifier with a leading space"] = new("InvalidIdentifier", Open(s => s.Identifier = " administrator")),
        ["identifier with a control character"] = new("InvalidIdentifier", Open(s => s.Identifier = "admin\u0001")),
        ["no credentials"] = new("MissingCredentials", Open(s => s.SecretKey = null)),
        ["key and UserSig together"] = new("AmbiguousCredentials", Open(s => s.UserSig = "eJxxx")),
        ["timeout zero"] = new("InvalidTimeout", Open(s => s.RequestTimeout = TimeSpan.Zero)),
        ["rate limit negative"] = new("InvalidRateLimit", Open(s => s.RateLimitPerSecond = -1)),
        ["UserSig lifetime 5 s"] = new("InvalidUserSigLifetime", Open(s => s.UserSigLifetime = TimeSpan.FromSeconds(5))),
        ["unknown region"] = new("InvalidRegion", Open(s => { s.Endpoint = null; s.Region = (ChatRegion)42; })),
        ["region and endpoint"] = new("RegionAndEndpoint", Open(s => s.Region = ChatRegion.Singapore)),
        ["neither region nor endpoint"] = new("RegionRequired", Open(s => s.Endpoint = null)),
        ["http to a remote host"] = new("InsecureEndpoint", Open(s => s.Endpoint = new Uri("http://example.com"))),
        ["http to a private address"] = new("InsecureEndpoint", Open(s => s.Endpoint = new Uri("http://10.0.0.5:5080"))),
        ["http to a name that looks like loopback"] = new("InsecureEndpoint", Open(s => s.Endpoint = new Uri("http://127.0.0.1.nip.io"))),
        ["ftp endpoint"] = new("InvalidEndpoint", Open(s => s.Endpoint = new Uri("ftp://127.0.0.1"))),
        ["endpoint with a query"] = new("InvalidEndpoint", Open(s => s.Endpoint = new Uri("https://proxy.example.com/?x=1"))),
        ["endpoint with the API path /v4"] = new("InvalidEndpoint", Open(s => s.Endpoint = new Uri("http://127.0.0.1:5080/v4")), "/v4"),
        ["endpoint with a command path"] = new("InvalidEndpoint", Open(s => s.Endpoint = new Uri("https://proxy.example.com/chat/v4/recentcontact/")), "/v4"),
        ["empty SecureString key"] = new("EmptySecretKey", () => { ChatSecretKey.FromSecureString(new SecureString()); return Task.CompletedTask; }),
        ["empty key text"] = new("EmptySecretKey", () => { ChatSecretKey.FromString(""); return Task.CompletedTask; }),
        ["ready-made UserSig of another app"] = new("UserSigMismatch", Open(s => ReadyMade(s, 1400000001, "administrator", TimeSpan.Zero))),
        ["ready-made UserSig of another identifier"] = new("UserSigMismatch", Open(s => ReadyMade(s, 1400000000, "someone", TimeSpan.Zero))),
        ["ready-made UserSig expired"] = new("UserSigExpired", Open(s => ReadyMade(s, 1400000000, "administrator", TimeSpan.FromDays(-3)))),
        ["ready-made UserSig that is not one"] = new("InvalidUserSig", Open(s => { s.SecretKey = null; s.UserSig = "eJyrVgrxCdYrSy1SslIy0jNQ0gHz"; })),
        ["environment SdkAppId not a number"] = new("MalformedSdkAppId", Environment(ChatEnvironment.SdkAppIdVariable, "12ab"), ChatEnvironment.SdkAppIdVariable),
        ["environment region unknown"] = new("InvalidRegion", Environment(ChatEnvironment.RegionVariable, "Atlantis"), ChatEnvironment.RegionVariable),
        ["environment region number"] = new("InvalidRegion", Environment(ChatEnvironment.RegionVariable, "99"), ChatEnvironment.RegionVariable),
        ["environment endpoint not a URI"] = new("InvalidEndpoint", Environment(ChatEnvironment.EndpointVariable, "not a uri"), ChatEnvironment.EndpointVariable),

        // Credentials and accounts the emulator refuses.
        ["wrong secret key (70009)"] = new("UserSigKeyMismatch", Emulator(s => s.SecretKey = ChatSecretKey.FromString("not-the-app-key"), GetList)),
        ["non-admin identifier (60010)"] = new("AdminPermissionRequired", Emulator(s => s.Identifier = "user_0002", GetList)),
        ["wrong SdkAppId (70020)"] = new("InvalidSdkAppId", Emulator(s => s.SdkAppId = 1400000001, GetList)),
        ["unknown account (50001)"] = new("AccountNotFound", Emulator(null, s => GetList(s, "nobody"))),

        // Arguments, refused before a request.
        ["empty account id"] = new("InvalidAccount", Offline(s => GetList(s, ""))),
        ["33-byte account id"] = new("InvalidAccount", Offline(s => GetList(s, new string('x', 33)))),
        ["account id with a control character"] = new("InvalidAccount", Offline(s => GetList(s, "user\n1"))),
        ["padded account id"] = new("InvalidAccount", Offline(s => GetList(s, " user_0001 ")), "leading or trailing spaces"),
        ["conversation id without a prefix"] = new("InvalidConversationId", () => { ConversationKey.Parse("user_0002"); return Task.CompletedTask; }),
        ["conversation id with a line break"] = new("InvalidConversationId", () => { ConversationKey.Parse("c2c_user_0002\nuser_0001,c2c_user_0003"); return Task.CompletedTask; }, "'user_0002\\nuser_0001"),
        ["over-long group conversation id"] = new("InvalidConversationId", () => { ConversationKey.Parse("group_" + new string('g', 49)); return Task.CompletedTask; }, "49 bytes"),
        ["padded GroupId"] = new("InvalidGroupId", () => { GroupIds.Validate("@TGS#1B2AUI7RZ "); return Task.CompletedTask; }),
        ["empty group name"] = new("InvalidContactGroupName", Offline(s => Refused(ContactGroupEditing.CreateAsync(s, "user_0001", "", Peers(1), Log(s), default)))),
        ["33-byte group name"] = new("InvalidContactGroupName", Offline(s => Refused(ContactGroupEditing.CreateAsync(s, "user_0001", new string('好', 11), Peers(1), Log(s), default)))),
        ["group of 1,001 conversations"] = new("TooManyConversations", Offline(s => Refused(ContactGroupEditing.CreateAsync(s, "user_0001", "big", Peers(1001), Log(s), default)))),
        ["257-byte custom mark"] = new("InvalidCustomMark", Mark(null, null, new string('m', 257))),
        ["unknown mark name"] = new("InvalidMark", Mark(new[] { "Shiny" }, null, null)),
        ["mark bit 64"] = new("InvalidMark", Mark(new[] { "64" }, null, null)),
        ["no mark change"] = new("NoMarkChange", Mark(null, null, null)),
        ["mark set and cleared at once"] = new("ConflictingMarks", Mark(new[] { "Star" }, new[] { "0" }, null)),
        ["search of no conversations"] = new("InvalidBatchSize", Offline(s => ContactGroupSearch.SearchAsync(s, "user_0001", Peers(0), Log(s), default))),
        ["mark of 101 conversations in one request"] = new("InvalidBatchSize", Offline(s =>
            ConversationMarking.MarkAsync(s, "user_0001", Peers(101), ConversationMarkChange.Create(new[] { "Star" }, null, null), Log(s), default))),
        ["call on a closed session"] = new("SessionClosed", async () => { var s = TestSessions.Open(Loopback); s.Dispose(); await GetList(s); }),

        // Answers that are not the documented JSON: none improves on a retry, so each costs one request.
        ["proxy error page with HTTP 200"] = new("NonJsonResponse", Canned(200, "text/html", "<html><body>502 Bad Gateway from corporate proxy</body></html>")),
        ["HTML labelled as JSON"] = new("NonJsonResponse", Canned(200, "application/json", "<!DOCTYPE html><p>captive portal</p>")),
        ["empty body"] = new("EmptyResponse", Canned(200, "application/json", "")),
        ["whitespace body"] = new("EmptyResponse", Canned(200, "application/json", "   \r\n ")),
        ["truncated JSON"] = new("InvalidResponse", Canned(200, "application/json", """{"SessionItem":[{"Type":1,"To_Acc""")),
        ["JSON array"] = new("InvalidResponse", Canned(200, "application/json", "[1,2,3]")),
        ["JSON null"] = new("InvalidResponse", Canned(200, "application/json", "null")),
        ["ErrorCode as a string"] = new("InvalidResponse", Canned(200, "application/json", """{"ErrorCode":"0","ActionStatus":"OK"}""")),
        ["neither ErrorCode nor ActionStatus"] = new("InvalidResponse", Canned(200, "application/json", """{"ErrorInfo":"no code at all"}""")),
        ["item field of the wrong type"] = new("InvalidResponse", Canned(200, "application/json", """{"ErrorCode":0,"SessionItem":[{"Type":"1","To_Account":"a"}],"CompleteFlag":1}""")),
        ["null where an item belongs"] = new("InvalidResponse", Canned(200, "application/json", """{"ErrorCode":0,"SessionItem":[null],"CompleteFlag":1}""")),
        ["object where an array belongs"] = new("InvalidResponse", Canned(200, "application/json", """{"ErrorCode":0,"SessionItem":{"Type":1},"CompleteFlag":1}""")),
        ["flag of the wrong type"] = new("InvalidResponse", Canned(200, "application/json", """{"ErrorCode":0,"CompleteFlag":"yes"}""")),
        ["60009 No such API (wrong endpoint path)"] = new("WrongEndpoint", Canned(200, "application/json",
            """{"ActionStatus":"FAIL","ErrorCode":60009,"ErrorInfo":"No such API '/api/v4/recentcontact/get_list'"}""")),
        ["HTTP 404 (wrong endpoint path)"] = new("HttpError", Canned(404, "text/html", "<h1>Not Found</h1>"), "Check -Endpoint"),
        ["HTTP 401"] = new("HttpError", Canned(401, "application/json", "{}")),
        // Server-side HTTP errors and network failures of reads are retried (4 attempts in TestSessions) before they are reported.
        ["HTTP 502 from a gateway, every time"] = new("HttpError", Canned(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>", requests: 4)),
        ["HTTP 503, every time"] = new("HttpError", Canned(503, "text/plain", "Service Unavailable", requests: 4)),
        ["connection refused"] = new("ConnectionFailed", Unreachable(ClosedPort())),
        // RFC 6761: .invalid never resolves, so this is a DNS failure that cannot reach any real host.
        ["DNS failure"] = new("ConnectionFailed", Unreachable(new Uri("https://tencentchat-admin-tests.invalid/"))),
        ["no answer within the timeout"] = new("RequestTimeout", Stalled()),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_bad_input_is_a_typed_error_with_a_stable_ErrorId(string name)
    {
        Case c = Cases[name];
        Exception? raised = await Record.ExceptionAsync(c.Act);

        var error = Assert.IsAssignableFrom<ChatAdminException>(raised);
        Assert.Equal(c.ErrorId, error.ErrorId);
        Assert.Null(error.InnerException);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        if (c.Mentions != null) Assert.Contains(c.Mentions, error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.RecommendedAction), $"{error.ErrorId} has no RecommendedAction");
    }

    [Fact]
    public async Task A_timeout_after_retries_says_the_limit_per_try_and_the_time_in_all()
    {
        var error = Assert.IsType<ChatTransportException>(await Record.ExceptionAsync(Stalled()));

        Assert.Equal("RequestTimeout", error.ErrorId);
        Assert.Matches(@"within 0\.1 s \(the limit per try\); gave up after [2-9] tries, \d+\.\d s in all\.$", error.Message);
    }

    [Fact]
    public async Task A_malformed_SdkAppId_is_advised_about_the_SdkAppId_not_the_region()
    {
        var error = Assert.IsType<ChatInputException>(await Record.ExceptionAsync(Environment(ChatEnvironment.SdkAppIdVariable, "abc")));

        Assert.Equal("MalformedSdkAppId", error.ErrorId);
        Assert.Contains("numeric SDKAppID", error.RecommendedAction);
        Assert.DoesNotContain("Region", error.RecommendedAction);
    }

    private static Func<Task> Open(Action<ChatConnectionSettings> change) => () =>
    {
        var settings = TestSessions.Settings(Loopback);
        change(settings);
        ChatSession.Open(settings).Dispose();
        return Task.CompletedTask;
    };

    private static void ReadyMade(ChatConnectionSettings settings, long appId, string identifier, TimeSpan issuedAgo)
    {
        using var key = ChatSecretKey.FromString("some-key");
        settings.SecretKey = null;
        settings.UserSig = UserSigCodec.Create(appId, key, identifier, DateTimeOffset.UtcNow + issuedAgo, TimeSpan.FromDays(2));
    }

    private static Func<Task> Environment(string variable, string value) => () =>
    {
        ChatEnvironment.FillMissing(new ChatConnectionSettings(), n => n == variable ? value : null);
        return Task.CompletedTask;
    };

    private static Func<Task> Emulator(Action<ChatConnectionSettings>? configure, Func<ChatSession, Task> act) => async () =>
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await act(emulator.OpenSession(configure));
    };

    /// <summary>A session pointed at nothing: these must fail before any request.</summary>
    private static Func<Task> Offline(Func<ChatSession, Task> act) => async () =>
    {
        using var session = TestSessions.Open(ClosedPort());
        try { await act(session); }
        finally { Assert.Equal(0, session.Requests); }
    };

    private static Func<Task> Mark(string[]? set, string[]? clear, string? custom) => () =>
    {
        ConversationMarkChange.Create(set, clear, custom);
        return Task.CompletedTask;
    };

    private static Func<Task> Canned(int status, string contentType, string body, int requests = 1) => async () =>
    {
        await using var server = await StartAsync((_, c) => Respond(c, status, contentType, body));
        using var session = TestSessions.Open(server.BaseAddress);
        try { await GetList(session); }
        finally { Assert.Equal(requests, server.Requests.Count); }
    };

    private static Func<Task> Unreachable(Uri endpoint) => async () =>
    {
        using var session = TestSessions.Open(endpoint);
        try { await GetList(session); }
        finally { Assert.Equal(4, session.Requests); } // DNS and connect failures never reached a server: retried even for writes
    };

    private static Func<Task> Stalled() => async () =>
    {
        await using var server = await StartAsync(async (_, c) => await Task.Delay(2000, c.RequestAborted).ContinueWith(_ => { }));
        using var session = TestSessions.Open(server.BaseAddress, s => { s.RequestTimeout = TimeSpan.FromMilliseconds(100); s.Retry = TestSessions.FastRetries(2); });
        await GetList(session);
    };

    private static Task GetList(ChatSession session) => GetList(session, "user_0001");

    private static async Task GetList(ChatSession session, string account)
    {
        var pager = new Client.Conversations.ConversationPager(session, account, ChatAssistFlags.All, Log(session));
        await pager.NextPageAsync(default);
    }

    private static Client.Diagnostics.ChatLog Log(ChatSession session) => TestSessions.Log(session);

    /// <summary>New-ChatContactGroup's client reports a group it could not create instead of throwing; this throws it.</summary>
    private static async Task Refused(Task<ContactGroupCreation> create)
    {
        var created = await create;
        if (created.Failure != null) throw created.Failure;
    }

    private static List<ConversationKey> Peers(int count) => Enumerable.Range(0, count).Select(i => ConversationKey.ForPeer($"peer_{i:D4}")).ToList();
}
