using TencentChat.Admin.Client.Accounts;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Tests.Transport;

/// <summary>Which calls per second each command gets from the session's -RateLimit.</summary>
public class CommandRateTests
{
    [Theory]
    [InlineData(200, 200, 100)]      // the default: every command at its documented rate
    [InlineData(20, 20, 20)]         // a lower limit slows every command down to it
    [InlineData(150, 150, 100)]
    [InlineData(1000, 1000, 500)]    // a raised quota raises every command in proportion
    public void A_command_gets_the_lower_of_the_limit_and_its_documented_rate_up_to_200_and_a_proportional_share_above(
        double rateLimit, double getList, double accountCheck)
    {
        var limiter = new SlidingWindowRateLimiter(rateLimit);
        Assert.Equal(getList, limiter.RateOf(ConversationCommands.GetList));
        Assert.Equal(accountCheck, limiter.RateOf(AccountCommands.AccountCheck));
    }
}
