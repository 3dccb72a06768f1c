using System.Collections.Concurrent;
using System.Reflection;
using System.Web;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;
using TencentChat.Reliability;
using static TencentChat.Admin.Tests.Support.CannedServer;

namespace TencentChat.Admin.Tests.Reliability;

/// <summary>
/// Secrets by construction: every scenario's log lines (all levels), every exception's Message and ToString, and
/// the sessions' public properties are searched for the keys and for every UserSig the servers received.
/// </summary>
public class RedactionTests
{
    private const string WrongKey = "wrong-secret-key-fedcba9876543210fedcba98765";

    private readonly ConcurrentDictionary<string, bool> _usersigs = new();
    private readonly List<string> _texts = new();
    private readonly List<ChatSession> _sessions = new();

    private void Observe(string query)
    {
        string? sig = HttpUtility.ParseQueryString(query)["usersig"];
        if (!string.IsNullOrEmpty(sig)) _usersigs.TryAdd(sig, true);
    }

    /// <summary>Lists <paramref name="account"/> to the end or to the first failure, keeping every line and the exception's texts.</summary>
    private async Task Run(ChatSession session, string account = "user_0001")
    {
        _sessions.Add(session);
        var log = TestSessions.Log(session);
        try
        {
            var pager = new ConversationPager(session, account, ChatAssistFlags.All, log);
            while (!pager.IsComplete) await pager.NextPageAsync(default);
        }
        catch (Exception e)
        {
            _texts.Add(e.Message);
            _texts.Add(e.ToString());
            for (var inner = e.InnerException; inner != null; inner = inner.InnerException) _texts.Add(inner.ToString());
        }
        _texts.AddRange(TestSessions.Drain(log).Select(l => $"{l.Level}: {l.Text}"));
    }

    [Fact]
    public async Task No_key_and_no_usersig_appears_in_any_line_message_or_session_property()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { RequestObserver = Observe });
        Uri api = emulator.Host.BaseAddress;
        ChatSession Open(Action<ChatConnectionSettings>? configure = null) => emulator.OpenSession(configure);

        await Run(Open());                                                              // success over several pages
        await Run(Open(), "nobody");                                                    // 50001
        await Run(Open(s => s.SecretKey = Client.Authentication.ChatSecretKey.FromString(WrongKey)));  // 70009
        await Run(Open(s => s.Identifier = "user_0002"));                               // 60010
        await Run(Open(s => s.Endpoint = ClosedPort()));                                // connection refused
        await Run(Open(s => { s.Endpoint = ClosedPort(); s.BackupEndpoint = api; }));   // failover
        emulator.Host.Faults = ReliabilityScenarios.TransientFaults(0.6, stallMs: 500, seed: 3);
        await Run(Open(s => s.RequestTimeout = TimeSpan.FromMilliseconds(200)));       // faults, throttle, timeouts, retried
        await Run(Open(s => { s.Retry = Client.Transport.RetryPolicy.NoRetries; s.RequestTimeout = TimeSpan.FromMilliseconds(200); }));
        emulator.Host.ClearFaults();
        // A ready-made UserSig that expires soon: Connect-ChatAdmin's warning comes from ChatSession.Open's log.
        var settings = TestSessions.Settings(api, emulator.Host.Options.SdkAppId);
        settings.SecretKey = null;
        settings.UserSig = emulator.Host.CreateUserSig(lifetime: TimeSpan.FromHours(1));
        var openLog = new ChatLog(new Redactor());
        using var readyMade = ChatSession.Open(settings, openLog);
        _texts.AddRange(TestSessions.Drain(openLog).Select(l => $"{l.Level}: {l.Text}"));
        await Run(readyMade);

        // Misbehaving servers that echo the signature back: in ErrorInfo, in an HTML page, or by stalling.
        await using var echo = await StartAsync((n, c) =>
        {
            string sig = c.Request.Query["usersig"].ToString();
            return n switch
            {
                1 => Respond(c, 200, "application/json", Failure(70001, "expired UserSig " + sig)),
                2 => Respond(c, 200, "application/json", Failure(50001, "no account; request was usersig=" + sig)),
                _ => Respond(c, 502, "text/html", $"<html>proxy error for /v4/recentcontact/get_list?usersig={sig}</html>"),
            };
        });
        await Run(TestSessions.Open(echo.BaseAddress));
        await Run(TestSessions.Open(echo.BaseAddress));
        await using var html = await StartAsync((_, c) => Respond(c, 200, "text/html", "<html>" + c.Request.QueryString + "</html>"));
        await Run(TestSessions.Open(html.BaseAddress));
        await using var stall = await StartAsync(async (_, c) => await Task.Delay(2000, c.RequestAborted).ContinueWith(_ => { }));
        await Run(TestSessions.Open(stall.BaseAddress, s => s.RequestTimeout = TimeSpan.FromMilliseconds(100)));
        foreach (var server in new[] { echo, html, stall })
            foreach (var request in server.Requests) Observe(request.Query);

        foreach (var session in _sessions)
        {
            _texts.Add(session.ToString());
            _texts.AddRange(typeof(ChatSession).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{p.Name}={p.GetValue(session)}"));
        }
        string everything = string.Join("\n", _texts);

        Assert.True(_usersigs.Count >= 5, $"only {_usersigs.Count} UserSigs observed");
        Assert.All(_usersigs.Keys, sig => Assert.DoesNotContain(sig, everything));
        Assert.DoesNotContain(EmulatorOptions.DevelopmentKey, everything);
        Assert.DoesNotContain(WrongKey, everything);
        Assert.DoesNotContain(TestSessions.Key, everything);
        // Not vacuous: the lines that would carry a signature are there, masked.
        Assert.Contains("usersig=***", everything);
        Assert.Contains("Debug: POST http", everything);
        Assert.Contains("Warning: The UserSig expires", everything);
        foreach (string expected in new[] { "Tencent error 70009", "Tencent error 60010", "Tencent error 50001", "Tencent error 60007", "Tencent error 70001",
                     "could not reach", "no answer from", "HTML page", "HTTP 502", "switching to the backup domain" })
            Assert.Contains(expected, everything);
    }
}
