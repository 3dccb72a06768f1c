using System.Diagnostics;
using System.Management.Automation;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>A stopped pipeline (Ctrl+C, PowerShell.Stop, Select-Object -First) cancels the request in flight and sends no more.</summary>
public sealed class StopProcessingTests
{
    /// <summary>Far longer than the bound below: only a cancelled request can end the pipeline in time.</summary>
    private const int EmulatorLatencyMs = 5000;

    public static TheoryData<string, string> SlowCommands => new()
    {
        { "Get-ChatConversation user_0001", "get_list" },
        { "Search-ChatContactGroup user_0001 -ConversationId c2c_user_0002", "search_contact_group" },
        { "Set-ChatConversationMark user_0001 -ConversationId c2c_user_0002 -Set Star -Confirm:$false", "mark_contact" },
    };

    [Theory]
    [MemberData(nameof(SlowCommands))]
    public async Task Stopping_the_pipeline_cancels_the_request_in_flight(string script, string apiCommand)
    {
        await using var ps = await PowerShellScope.StartAsync(new EmulatorOptions { LatencyMs = EmulatorLatencyMs });
        using var shell = ps.Create(script);
        var invocation = shell.BeginInvoke();
        var waited = Stopwatch.StartNew();
        while (ps.Emulator.Requests(apiCommand) == 0 && waited.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(10);
        Assert.Equal(1, ps.Emulator.Requests(apiCommand));

        var stopping = Stopwatch.StartNew();
        await Task.Factory.FromAsync(shell.BeginStop(null, null), shell.EndStop);
        Assert.Throws<PipelineStoppedException>(() => shell.EndInvoke(invocation));
        stopping.Stop();

        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(3), $"Stopping took {stopping.Elapsed}; the request in flight was not cancelled.");
        Assert.Equal(1, ps.Emulator.AllRequests);
    }

    [Fact]
    public async Task Select_Object_First_stops_paging_after_the_first_page()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run("Get-ChatConversation user_0001 | Select-Object -First 1");

        Assert.Null(run.Terminating);
        Assert.Single(run.Output);
        Assert.Equal(1, ps.Emulator.Requests("get_list"));
        // Without the stop the same listing reads all three pages of the seed's user_0001.
        ps.Run("Get-ChatConversation user_0001 | Select-Object -Last 1").ThrowIfFailed();
        Assert.Equal(1 + 3, ps.Emulator.Requests("get_list"));
    }
}
