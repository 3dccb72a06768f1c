using System.Management.Automation;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>-ThrottleLimit and progress of the read cmdlets (and stopping, of reads and writes), run in a real runspace against the emulator.</summary>
public sealed class ThrottleLimitTests
{
    private const string Accounts = "1..60 | ForEach-Object { 'user_{0:D6}' -f $_ }";

    private static EmulatorOptions SixtyUsers(int latencyMs = 0) => new() { Seed = "generate:60:3000", PageSize = 20, LatencyMs = latencyMs };

    private static Dictionary<string, List<string>> ByAccount(PowerShellRun run) =>
        run.Objects<ChatConversation>().GroupBy(c => c.Account).ToDictionary(g => g.Key, g => g.Select(c => c.ConversationId).ToList());

    [Fact]
    public async Task Sixteen_at_once_list_the_same_conversations_in_each_accounts_order_as_one_at_a_time()
    {
        await using var ps = await PowerShellScope.StartAsync(SixtyUsers(latencyMs: 2));

        var sequential = ps.Run($"{Accounts} | Get-ChatConversation -ThrottleLimit 1").ThrowIfFailed();
        var parallel = ps.Run($"{Accounts} | Get-ChatConversation -ThrottleLimit 16").ThrowIfFailed();

        Assert.Equal(3000, sequential.Output.Count);
        Assert.Equal(sequential.Output.Count, parallel.Output.Count);
        var expected = ByAccount(sequential);
        var actual = ByAccount(parallel);
        Assert.Equal(expected.Keys.OrderBy(k => k), actual.Keys.OrderBy(k => k));
        foreach (var (account, ids) in expected)
            Assert.Equal(ids, actual[account]);
        // -ThrottleLimit 1 is the old sequential order: account after account.
        Assert.Equal(expected.Keys, sequential.Objects<ChatConversation>().Select(c => c.Account).Distinct());
    }

    [Fact]
    public async Task Select_First_3_costs_at_most_one_request_per_account_in_flight()
    {
        await using var ps = await PowerShellScope.StartAsync(SixtyUsers(latencyMs: 20));

        var run = ps.Run($"{Accounts} | Get-ChatConversation -ThrottleLimit 4 | Select-Object -First 3");

        Assert.Null(run.Terminating);
        Assert.Equal(3, run.Output.Count);
        Assert.InRange(ps.Emulator.AllRequests, 1, 4);
    }

    [Fact]
    public async Task A_session_wide_failure_stops_the_command_at_once()
    {
        await using var ps = await PowerShellScope.StartAsync(SixtyUsers(latencyMs: 20),
            s => s.SecretKey = ChatSecretKey.FromString("not-the-emulator-key-0123456789"));

        var run = ps.Run($"{Accounts} | Get-ChatConversation -ThrottleLimit 4");

        // One terminating error, not one error per account.
        Assert.StartsWith("UserSigKeyMismatch,", run.TerminatingRecord?.FullyQualifiedErrorId);
        Assert.Empty(run.Errors);
        Assert.Empty(run.Output);
        // Four accounts in flight, each retried once with a fresh UserSig at most: never one request per account.
        Assert.InRange(ps.Emulator.AllRequests, 1, 8);
    }

    [Fact]
    public async Task A_failure_of_one_account_is_an_error_and_the_other_accounts_go_on()
    {
        await using var ps = await PowerShellScope.StartAsync(SixtyUsers());

        var run = ps.Run("'user_000001', ('x' * 40), 'user_000002' | Get-ChatContactGroup -ThrottleLimit 8");

        Assert.Null(run.Terminating);
        Assert.Equal(new[] { "InvalidAccount" }, run.ErrorIds);
        Assert.Equal(new string('x', 40), run.Errors[0].TargetObject);
    }

    [Fact]
    public async Task Long_work_shows_progress_that_completes_and_none_under_SilentlyContinue()
    {
        await using var ps = await PowerShellScope.StartAsync(SixtyUsers(latencyMs: 20));

        var shown = ps.Run($"Get-ChatConversation -Account ({Accounts}) -ThrottleLimit 4").ThrowIfFailed();
        var silent = ps.Run($"$ProgressPreference = 'SilentlyContinue'; {Accounts} | Get-ChatConversation -ThrottleLimit 4").ThrowIfFailed();
        var silentByParameter = ps.Run($"{Accounts} | Get-ChatConversation -ThrottleLimit 4 -ProgressAction SilentlyContinue").ThrowIfFailed();

        Assert.True(shown.Progress.Count >= 2, $"only {shown.Progress.Count} progress records");
        var updates = shown.Progress.Where(p => p.RecordType == ProgressRecordType.Processing).ToList();
        Assert.NotEmpty(updates);
        Assert.All(updates, p => Assert.Equal("Get-ChatConversation", p.Activity));
        Assert.Contains(updates, p => p.StatusDescription.Contains("of 60 accounts done") && p.StatusDescription.Contains("conversations"));
        Assert.Contains(updates, p => p.PercentComplete > 0);
        Assert.Equal(ProgressRecordType.Completed, shown.Progress[^1].RecordType);
        Assert.Empty(silent.Progress);
        Assert.Empty(silentByParameter.Progress);
    }

    [Theory]
    [InlineData("Get-ChatConversation -ThrottleLimit 4")]
    [InlineData("ForEach-Object { [pscustomobject]@{ Account = $_; ConversationId = 'c2c_peer_1' } } | Remove-ChatConversation -Confirm:$false -ThrottleLimit 4")]
    public async Task Stopping_the_pipeline_cancels_every_request_in_flight_and_starts_no_more(string command)
    {
        await using var ps = await PowerShellScope.StartAsync(SixtyUsers(latencyMs: 2000));
        using var shell = ps.Create($"{Accounts} | {command}");

        var invocation = shell.BeginInvoke();
        for (int i = 0; i < 200 && ps.Emulator.AllRequests < 4; i++) await Task.Delay(25);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        shell.Stop();
        watch.Stop();

        // Every request waits 2 s at the emulator: a stop that waited for them would take that long.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.5), $"Stop took {watch.Elapsed}");
        Assert.True(invocation.IsCompleted);
        await Task.Delay(500);
        Assert.Equal(4, ps.Emulator.AllRequests);
    }

    [Fact]
    public async Task Progress_completes_when_a_failure_ends_the_command()
    {
        await using var ps = await PowerShellScope.StartAsync(SixtyUsers(latencyMs: 20));

        var run = ps.Run($"{Accounts} | Get-ChatConversation -ThrottleLimit 4 | ForEach-Object {{ if ($_.Account -eq 'user_000030') {{ throw 'stop here' }} }}");

        Assert.NotNull(run.Terminating);
        Assert.NotEmpty(run.Progress);
        Assert.Equal(ProgressRecordType.Completed, run.Progress[^1].RecordType);
    }

    [Fact]
    public async Task Search_ChatContactGroup_searches_many_owners_at_once_with_each_owners_records_in_order()
    {
        await using var ps = await PowerShellScope.StartAsync(SixtyUsers());

        var conversations = ps.Run($"{Accounts} | Get-ChatConversation -ThrottleLimit 1").ThrowIfFailed().Objects<ChatConversation>();
        var found = ps.Run($"{Accounts} | Get-ChatConversation | Search-ChatContactGroup -ThrottleLimit 8").ThrowIfFailed().Objects<ChatContactGroupRecord>();

        Assert.Equal(conversations.Count, found.Count);
        foreach (var owner in conversations.GroupBy(c => c.Account))
            Assert.Equal(owner.Select(c => c.ConversationId), found.Where(r => r.Account == owner.Key).Select(r => r.ConversationId));
    }
}
