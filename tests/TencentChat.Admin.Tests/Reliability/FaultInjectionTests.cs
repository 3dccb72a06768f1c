using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;
using TencentChat.Reliability;

namespace TencentChat.Admin.Tests.Reliability;

/// <summary>
/// The client against the emulator with 20% injected transient faults of every kind (fixed seed): large listings
/// and searches come back complete, exactly once, in order, with no exception reaching the caller.
/// </summary>
public class FaultInjectionTests
{
    private const int Seed = 20260405;

    /// <summary>
    /// Ten attempts instead of the default six: every request here meets a 20% fault rate, so it fails for good
    /// with probability 0.2^attempts. With 6 (6.4e-5) this file's ~700 requests would fail one run in ~22; with 10
    /// (1e-7), one in ~14,000 — the fixed seed repeats the faults, but an extra timeout on a loaded machine shifts them.
    /// Backoffs are fast (TestSessions). Stalls (600 ms) outlast the 250 ms request timeout.
    /// </summary>
    internal static void FaultTolerant(ChatConnectionSettings settings)
    {
        settings.Retry = TestSessions.FastRetries(maxAttempts: 10);
        settings.RequestTimeout = TimeSpan.FromMilliseconds(250);
    }

    internal static FaultSettings TwentyPercent => ReliabilityScenarios.TransientFaults(0.2, stallMs: 600, Seed);

    private static void AssertComplete(ScenarioFigures figures)
    {
        Assert.Null(figures.Failure);
        Assert.Equal((figures.Expected, 0, 0, 0, true), (figures.Returned, figures.Duplicates, figures.Missing, figures.Unhandled, figures.InOrder));
    }

    private static void AssertEveryKindInjected(EmulatorFixture emulator, ScenarioFigures figures)
    {
        Assert.All(emulator.Host.Stats.FaultsInjected, kind => Assert.True(kind.Value > 0, $"no '{kind.Key}' fault was injected"));
        Assert.True(figures.Retries >= figures.FaultsInjected - emulator.Host.Stats.FaultsInjected["reset"],
            $"{figures.Retries} retries for {figures.FaultsInjected} faults"); // a reset may be retried by HttpClient itself
    }

    [Fact]
    public async Task A_50000_conversation_listing_with_20_percent_faults_returns_each_conversation_once_in_order()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:1:50000", PageSize = 100 });
        emulator.Host.Faults = TwentyPercent;
        var session = emulator.OpenSession(FaultTolerant);

        var figures = await ReliabilityScenarios.ListAsync("list", emulator.Host, session, "user_000001");

        AssertComplete(figures);
        Assert.Equal(50_000, figures.Returned);
        AssertEveryKindInjected(emulator, figures);
        Assert.True(session.Throttled > 0 && session.TimeWaited > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_10000_conversation_search_with_20_percent_faults_returns_each_record_once_in_order()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:1:10000", PageSize = 100 });
        emulator.Host.Faults = TwentyPercent with { Seed = Seed + 1 };
        var session = emulator.OpenSession(FaultTolerant);

        var figures = await ReliabilityScenarios.SearchAsync("search", emulator.Host, session, "user_000001");

        AssertComplete(figures);
        Assert.Equal(10_000, figures.Returned);
        Assert.Equal(34, figures.Requests - figures.Retries); // 300 per request
        Assert.True(figures.Retries > 0);
    }

    [Fact]
    public async Task With_the_server_rate_limit_on_parallel_listings_are_throttled_but_nothing_fails()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:4:4000", PageSize = 100, RateLimit = 20 });
        // Longer throttle backoffs than the other tests: 20/s gives a token every 50 ms, and the waits must add up to more.
        var session = emulator.OpenSession(s => s.Retry = new RetryPolicy
        {
            MaxAttempts = 8, BaseDelay = TimeSpan.FromMilliseconds(5), ThrottleBaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(400),
        });

        var results = await Task.WhenAll(emulator.Host.State.Users.Select(user =>
            Task.Run(() => ReliabilityScenarios.ListAsync(user, emulator.Host, session, user))));

        Assert.All(results, AssertComplete);
        Assert.True(emulator.Host.Stats.Throttled > 0, "the emulator never throttled");
        Assert.Equal(emulator.Host.Stats.Throttled, session.Throttled);
        Assert.Equal(60007, session.LastErrorCode);
    }
}
