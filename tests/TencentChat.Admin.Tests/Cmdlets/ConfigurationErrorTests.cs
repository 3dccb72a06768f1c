using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>A wrong endpoint is named as such: refused at Connect-ChatAdmin when it can be, else one error that stops the command.</summary>
public sealed class ConfigurationErrorTests(SharedPowerShellScope shared) : IClassFixture<SharedPowerShellScope>
{
    [Fact]
    public void Connect_ChatAdmin_refuses_an_endpoint_with_the_API_path()
    {
        var ps = shared.Reset();

        var run = ps.Run("Connect-ChatAdmin -SdkAppId 1400000000 -SecretKey (ConvertTo-SecureString x -AsPlainText -Force) -Endpoint $endpoint",
            new Dictionary<string, object?> { ["endpoint"] = new Uri(ps.Emulator.Host.BaseAddress, "v4") });

        Assert.Equal("InvalidEndpoint", run.TerminatingRecord?.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("-Endpoint", run.TerminatingRecord!.ErrorDetails.RecommendedAction);
        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    /// <summary>
    /// The server answers 60009 (No such API) for a path it does not serve: the first answer stops the command with one
    /// error (with -ThrottleLimit 1, after one request; accounts already in flight are cancelled).
    /// </summary>
    [Fact]
    public void No_such_API_stops_the_command_once_with_advice_about_the_endpoint()
    {
        var ps = shared.Reset();
        var wrongPath = ps.Emulator.OpenSession(s => s.Endpoint = new Uri(ps.Emulator.Host.BaseAddress, "api/"));

        var run = ps.Run("'user_0001', 'user_0002', 'user_0003', 'user_0004' | Get-ChatConversation -Session $wrongPath -ThrottleLimit 1",
            new Dictionary<string, object?> { ["wrongPath"] = wrongPath });

        Assert.Empty(run.Errors);
        Assert.Equal("WrongEndpoint", run.TerminatingRecord?.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("-Endpoint", run.TerminatingRecord!.ErrorDetails.RecommendedAction);
        Assert.DoesNotContain("bug", run.TerminatingRecord.ErrorDetails.RecommendedAction);
        Assert.Equal(1, wrongPath.Requests);
    }
}
