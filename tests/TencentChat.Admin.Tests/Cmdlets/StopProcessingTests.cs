using System.Diagnostics;
using System.Management.Automation;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>A stopped pipeline (Ctrl+C, PowerShell.Stop, Select-Object -First) cancels the request in flight and sends no more.</summary>
public sealed class StopProcessingTests
{
    public static TheoryData<string> SlowCommands => new()
    {
        "Get-ChatConversation user_0001",
        "Search-ChatContactGroup user_0001 -ConversationId c2c_user_0002",
        "Set-ChatConversationMark user_0001 -ConversationId c2c_user_0002 -Set Star -Confirm:$false",
    };

    [Theory]
    [MemberData(nameof(SlowCommands))]
    public async Task Stopping_the_pipeline_cancels_the_request_in_flight(string script)
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Holds every request far longer than the bounds below, until the client gives up on it.
        await using var server = await CannedServer.StartAsync(async (_, context) =>
        {
            arrived.TrySetResult();
            try { await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted); }
            catch (OperationCanceledException) { aborted.TrySetResult(); }
        });
        await using var ps = await PowerShellScope.StartAsync();
        var held = ps.Emulator.OpenSession(s => s.Endpoint = server.BaseAddress);
        using var shell = ps.Create(script + " -Session $held", new Dictionary<string, object?> { ["held"] = held });
        var invocation = shell.BeginInvoke();
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = Stopwatch.StartNew();
        await Task.Factory.FromAsync(shell.BeginStop(null, null), shell.EndStop);
        Assert.Throws<PipelineStoppedException>(() => shell.EndInvoke(invocation));
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        // The request itself is cancelled (the server sees the client abort it), not left running behind a stopped pipeline.
        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(3));
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(3), $"Stopping took {stopping.Elapsed}.");
        Assert.Single(server.Requests);
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
