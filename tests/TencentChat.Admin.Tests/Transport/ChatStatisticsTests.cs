using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Tests.Transport;

/// <summary>TimeWaited is wall time during which at least one request waited, not the sum of concurrent waits (issue 23).</summary>
public sealed class ChatStatisticsTests
{
    [Fact]
    public async Task Sixteen_requests_waiting_the_same_300_ms_count_once()
    {
        var statistics = new ChatStatistics();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            using (statistics.Waiting())
                await Task.Delay(300);
        }));

        Assert.InRange(statistics.TimeWaited, TimeSpan.FromMilliseconds(290), TimeSpan.FromMilliseconds(2000));
    }

    [Fact]
    public async Task Waits_one_after_the_other_add_up()
    {
        var statistics = new ChatStatistics();

        for (int i = 0; i < 2; i++)
            using (statistics.Waiting())
                await Task.Delay(200);

        Assert.True(statistics.TimeWaited >= TimeSpan.FromMilliseconds(390), statistics.TimeWaited.ToString());
    }
}
