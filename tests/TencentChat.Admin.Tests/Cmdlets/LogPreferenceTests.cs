using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>
/// The cmdlets build Verbose and Debug lines only for a caller who listens (ChatLog drops the others before formatting):
/// every way of listening still gets them, redacted, and a caller who does not gets none.
/// </summary>
public sealed class LogPreferenceTests(SharedPowerShellScope shared) : IClassFixture<SharedPowerShellScope>
{
    [Theory]
    [InlineData("Get-ChatConversation user_0001 -Verbose", true, false)]
    [InlineData("$VerbosePreference = 'Continue'; Get-ChatConversation user_0001", true, false)]
    [InlineData("$VerbosePreference = 'Continue'; Get-ChatConversation user_0001 -Verbose:$false", false, false)]
    [InlineData("Get-ChatConversation user_0001 -Debug", false, true)]
    [InlineData("$DebugPreference = 'Continue'; Get-ChatConversation user_0001", false, true)]
    [InlineData("function Caller { [CmdletBinding()] param() Get-ChatConversation user_0001 }; Caller -Verbose -Debug", true, true)]
    [InlineData("Get-ChatConversation user_0001", false, false)]
    public void Verbose_and_debug_lines_reach_exactly_the_callers_who_listen(string script, bool verbose, bool debug)
    {
        var ps = shared.Reset();

        // In a child scope: the runspace is shared, and a preference set in the global scope would outlive the case.
        var run = ps.Run("& { " + script + " }").ThrowIfFailed();

        Assert.NotEmpty(run.Output);
        Assert.Equal(verbose, run.Verbose.Any(v => v.Message.StartsWith("get_list user_0001: page 1", StringComparison.Ordinal)));
        Assert.Equal(debug, run.Debug.Any(d => d.Message.StartsWith("POST http", StringComparison.Ordinal)));
        Assert.All(run.Debug, d => Assert.DoesNotContain("usersig=eJ", d.Message));
    }
}
