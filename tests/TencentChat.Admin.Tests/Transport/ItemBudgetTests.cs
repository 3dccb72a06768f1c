using System.Diagnostics;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Tests.Transport;

/// <summary>The per-minute item budget (batchsendmsg's recipients) the session's limiter holds beside the calls per second.</summary>
public class ItemBudgetTests
{
    private static ChatCommand Budgeted(string name, int perMinute) =>
        new(name.Length == 0 ? "openim" : "test", name.Length == 0 ? "batchsendmsg" : name, false, EnvelopeJsonContext.Default, maxItemsPerCall: 500, itemsPerMinute: perMinute);

    [Fact]
    public async Task Items_within_the_budget_go_at_once_and_the_next_waits_for_the_window()
    {
        var budget = new ItemBudget(10, TimeSpan.FromMilliseconds(300));
        Assert.True(budget.AcquireAsync(6, default).IsCompletedSuccessfully);
        Assert.True(budget.AcquireAsync(4, default).IsCompletedSuccessfully);
        var watch = Stopwatch.StartNew();
        Task third = budget.AcquireAsync(1, default);
        Assert.False(third.IsCompleted);
        await third;
        Assert.True(watch.ElapsedMilliseconds >= 290, $"let through after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Waiters_go_in_order_and_a_cancelled_one_gives_up_its_turn()
    {
        var budget = new ItemBudget(5, TimeSpan.FromMilliseconds(200));
        await budget.AcquireAsync(5, default);
        using var cancel = new CancellationTokenSource();
        Task cancelled = budget.AcquireAsync(5, cancel.Token);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await budget.AcquireAsync(5, default);
    }

    [Fact]
    public void The_session_limiter_shares_one_budget_per_command_and_counts_only_its_items()
    {
        var limiter = new SlidingWindowRateLimiter(200, TimeSpan.FromSeconds(30));
        ChatCommand batch = Budgeted("", 1000);
        Assert.True(limiter.AcquireAsync(batch, default, 600).IsCompletedSuccessfully);
        Assert.True(limiter.AcquireAsync(batch, default, 400).IsCompletedSuccessfully);
        // Full: the next recipient waits for the window, however few calls were made; a call without items does not.
        Assert.False(limiter.AcquireAsync(batch, default, 1).IsCompleted);
        Assert.True(limiter.AcquireAsync(batch, default).IsCompletedSuccessfully);
        Assert.True(limiter.AcquireAsync(Budgeted("other", 1000), default, 1000).IsCompletedSuccessfully);
    }

    [Fact]
    public void With_the_limit_off_nothing_waits()
    {
        var limiter = new SlidingWindowRateLimiter(0, TimeSpan.FromSeconds(30));
        ChatCommand batch = Budgeted("", 10);
        for (int i = 0; i < 5; i++) Assert.True(limiter.AcquireAsync(batch, default, 10).IsCompletedSuccessfully);
    }

    [Theory]
    [InlineData(200, 12000)]
    [InlineData(20, 12000)]
    [InlineData(400, 24000)]
    public void The_budget_is_the_documented_one_up_to_200_per_second_and_raised_in_proportion_above(double rateLimit, int budget) =>
        Assert.Equal(budget, new SlidingWindowRateLimiter(rateLimit).ItemBudgetOf(12000));
}
