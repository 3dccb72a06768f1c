using System.Collections.Concurrent;
using System.Web;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;
using TencentChat.Reliability;

namespace TencentChat.Admin.Tests.Reliability;

/// <summary>
/// A 60-second signature lifetime over 5 minutes of continuous calls, on virtual time: the emulator and the session
/// read one <see cref="ManualClock"/> that the test advances by a second after each call.
/// </summary>
public class UserSigLifetimeTests
{
    private static readonly DateTimeOffset Start = new(2026, 4, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_session_signing_60_second_usersigs_runs_5_minutes_of_calls_without_a_70001()
    {
        var clock = new ManualClock(Start);
        var usersigs = new ConcurrentDictionary<string, bool>();
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions
        {
            Seed = "generate:1:50",
            Clock = clock.Now,
            RequestObserver = query => usersigs.TryAdd(HttpUtility.ParseQueryString(query)["usersig"] ?? "", true),
        });
        var session = emulator.OpenSession(s => { s.Clock = clock.Now; s.UserSigLifetime = TimeSpan.FromSeconds(60); });

        var figures = await ReliabilityScenarios.UserSigSoakAsync("soak", emulator.Host, session, "user_000001",
            TimeSpan.FromMinutes(5), () => clock.Now() - Start, () => clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.Null(figures.Failure);
        Assert.Equal(300, figures.Returned);
        Assert.Equal(0, figures.UserSigExpired);
        Assert.Equal(0, figures.Retries);
        Assert.Null(session.LastErrorCode);
        // Renewed with a quarter of the lifetime left: a new signature every 45 virtual seconds, so at least 6 in 5 minutes.
        Assert.True(usersigs.Count >= 6, $"only {usersigs.Count} distinct UserSigs: the session did not renew");
    }

    [Fact]
    public async Task The_shared_clock_is_real_a_ready_made_60_second_usersig_meets_70001_after_a_minute()
    {
        var clock = new ManualClock(Start);
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:1:50", Clock = clock.Now });
        var session = emulator.OpenSession(s =>
        {
            s.Clock = clock.Now;
            s.SecretKey = null;
            s.UserSig = emulator.Host.CreateUserSig(lifetime: TimeSpan.FromSeconds(60));
        });

        var figures = await ReliabilityScenarios.UserSigSoakAsync("soak", emulator.Host, session, "user_000001",
            TimeSpan.FromMinutes(5), () => clock.Now() - Start, () => clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.Equal(61, figures.Returned); // the signature is valid through second 60
        Assert.Equal(1, figures.UserSigExpired);
        Assert.StartsWith("UserSigExpired:", figures.Failure);
    }
}
