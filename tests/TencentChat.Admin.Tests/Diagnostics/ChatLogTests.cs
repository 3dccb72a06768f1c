using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Diagnostics;

public class ChatLogTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Keeps_only_the_levels_it_was_asked_for_and_every_warning(bool verbose, bool debug)
    {
        var log = new ChatLog(new Redactor(), verbose, debug);

        log.Verbose("v usersig=secret1");
        log.Debug("d usersig=secret2");
        log.Warning("w usersig=secret3");

        Assert.Equal((verbose, debug, true), (log.IsEnabled(ChatLogLevel.Verbose), log.IsEnabled(ChatLogLevel.Debug), log.IsEnabled(ChatLogLevel.Warning)));
        var expected = new List<(ChatLogLevel, string)>();
        if (verbose) expected.Add((ChatLogLevel.Verbose, "v usersig=***"));
        if (debug) expected.Add((ChatLogLevel.Debug, "d usersig=***"));
        expected.Add((ChatLogLevel.Warning, "w usersig=***"));
        Assert.Equal(expected, TestSessions.Drain(log));
    }
}
