using System.Collections.Concurrent;
using System.Diagnostics;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Transport;

/// <summary>The client-side rate limit holds in every sliding window, whatever the number of concurrent callers.</summary>
public class RateLimitWindowTests
{
    /// <summary>Records when each get_list request leaves the client, just before the HTTP stack sends it.</summary>
    private sealed class SendTimes : DelegatingHandler
    {
        public SendTimes() : base(new HttpClientHandler()) { }

        public ConcurrentQueue<long> Stamps { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/get_list", StringComparison.Ordinal))
                Stamps.Enqueue(Stopwatch.GetTimestamp());
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>
    /// A second as measured here, less 50 ms: the limiter lets a request go at an exact time, and the handler below sees
    /// it a moment later, a moment that a test process busy on two cores can stretch. (A server sees the network's
    /// jitter on top, which no client can take back.) The token bucket this limiter replaced let twice the limit
    /// through in such a window.
    /// </summary>
    private static readonly TimeSpan Second = TimeSpan.FromMilliseconds(950);

    /// <summary>The most timestamps that fall in any window of <paramref name="window"/> starting at one of them.</summary>
    internal static int MostInAnyWindow(IEnumerable<long> stopwatchStamps, TimeSpan window)
    {
        var sorted = stopwatchStamps.OrderBy(t => t).ToArray();
        long width = (long)(window.TotalSeconds * Stopwatch.Frequency);
        int most = 0;
        for (int first = 0, last = 0; first < sorted.Length; first++)
        {
            while (last < sorted.Length && sorted[last] - sorted[first] < width) last++;
            most = Math.Max(most, last - first);
        }
        return most;
    }

    [Fact]
    public async Task Sixty_four_tasks_never_put_more_than_the_limit_into_any_sliding_second()
    {
        const int limit = 40;
        // No server-side limit here: this emulator shares the test process's thread pool, whose stalls can bunch arrivals
        // into a burst no client could prevent; 0 throttled answers from a separate emulator process is a benchmark figure.
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:64:640" });
        var sends = new SendTimes();
        var settings = TestSessions.Settings(emulator.Host.BaseAddress, emulator.Host.Options.SdkAppId, emulator.Host.Options.SecretKey);
        settings.RateLimitPerSecond = limit;
        using var session = ChatSession.Open(settings, handler: sends);
        var users = emulator.Host.State.Users.Where(u => u.StartsWith("user_", StringComparison.Ordinal)).ToList();

        // 64 tasks, 3 requests each: 192 requests, a burst of 64 at once, then a queue of waiters for ~4 s.
        await Task.WhenAll(users.Select(user => Task.Run(async () =>
        {
            for (int i = 0; i < 3; i++)
                await new ConversationPager(session, user, ChatAssistFlags.All, TestSessions.Log(session)).NextPageAsync(default);
        })));

        Assert.Equal(192, sends.Stamps.Count);
        Assert.InRange(MostInAnyWindow(sends.Stamps, Second), 1, limit);
    }

    [Fact]
    public async Task A_fractional_rate_rounds_down_to_whole_requests_per_second()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var sends = new SendTimes();
        var settings = TestSessions.Settings(emulator.Host.BaseAddress, emulator.Host.Options.SdkAppId, emulator.Host.Options.SecretKey);
        settings.RateLimitPerSecond = 2.5;
        using var session = ChatSession.Open(settings, handler: sends);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            new ConversationPager(session, "user_0001", ChatAssistFlags.All, TestSessions.Log(session)).NextPageAsync(default)));

        // 2.5/s rounds down to 2 in any second: five requests need two full seconds after the first.
        Assert.InRange(MostInAnyWindow(sends.Stamps, Second), 1, 2);
        var sorted = sends.Stamps.OrderBy(t => t).ToArray();
        Assert.True(sorted[4] - sorted[0] >= 2 * Second.TotalSeconds * Stopwatch.Frequency, "five requests at 2/s took less than 2 s");
    }
}
