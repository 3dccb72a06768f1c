using System.Management.Automation;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>
/// -ThrottleLimit on the data-changing cmdlets, run in a real runspace against the emulator: one account's requests in
/// input order and its results in input order, ShouldProcess before anything is queued, a session-wide failure ends the
/// whole fan-out (a stop too: ThrottleLimitTests), and every conversation comes out once, done or as an error whose target pipes back.
/// </summary>
public sealed class WriteFanOutTests
{
    private const string Accounts = "1..20 | ForEach-Object { 'user_{0:D6}' -f $_ }";

    /// <summary>20 users with 250 conversations each: three mark_contact requests per account (100, 100, 50).</summary>
    private static EmulatorOptions TwentyUsers(int latencyMs = 0) => new() { Seed = "generate:20:5000", PageSize = 100, LatencyMs = latencyMs };

    /// <summary>Every conversation of the 20 users, shuffled (with a fixed seed) so that accounts interleave in the input.</summary>
    private const string ShuffledConversations = $"$convs = {Accounts} | Get-ChatConversation | Get-Random -Shuffle -SetSeed 7\n";

    private static Dictionary<string, List<string>> ByAccount(IEnumerable<(string Account, string ConversationId)> items) =>
        items.GroupBy(i => i.Account).ToDictionary(g => g.Key, g => g.Select(i => i.ConversationId).ToList());

    private static Dictionary<string, List<string>> InputByAccount(PowerShellScope ps) =>
        ByAccount(ps.Run("$convs").ThrowIfFailed().Objects<ChatConversation>().Select(c => (c.Account, c.ConversationId)));

    [Fact]
    public async Task Set_ChatConversationMark_at_16_writes_each_accounts_results_in_input_order_and_marks_everything()
    {
        await using var ps = await PowerShellScope.StartAsync(TwentyUsers(latencyMs: 5));
        ps.Run(ShuffledConversations).ThrowIfFailed();
        var input = InputByAccount(ps);
        long before = ps.Emulator.Requests("mark_contact");

        var run = ps.Run("$convs | Set-ChatConversationMark -Set Star -PassThru -Confirm:$false -ThrottleLimit 16").ThrowIfFailed();

        var changes = run.Objects<ChatConversationChange>();
        Assert.Equal(5000, changes.Count);
        Assert.All(changes, c => Assert.True(c.Succeeded));
        var output = ByAccount(changes.Select(c => (c.Account, c.ConversationId)));
        Assert.Equal(input.Keys.OrderBy(k => k), output.Keys.OrderBy(k => k));
        foreach (var (account, ids) in input)
            Assert.Equal(ids, output[account]);
        // 100 per request per account, whatever the interleaving: 100 + 100 + 50 for each of the 20.
        Assert.Equal(60, ps.Emulator.Requests("mark_contact") - before);
        Assert.NotEmpty(run.Progress);
        Assert.Equal(ProgressRecordType.Completed, run.Progress[^1].RecordType);
        Assert.Contains(run.Progress, p => p.StatusDescription.Contains("accounts done") && p.StatusDescription.Contains("conversations"));
    }

    [Fact]
    public async Task Remove_ChatConversation_at_16_deletes_one_accounts_conversations_in_input_order()
    {
        await using var ps = await PowerShellScope.StartAsync(TwentyUsers(latencyMs: 5));
        ps.Run("$convs = " + Accounts + " | Get-ChatConversation | Group-Object Account | ForEach-Object { $_.Group | Select-Object -First 8 } | Get-Random -Shuffle -SetSeed 11").ThrowIfFailed();
        var input = InputByAccount(ps);

        var run = ps.Run("$convs | Remove-ChatConversation -PassThru -Confirm:$false -ThrottleLimit 16 -ProgressAction SilentlyContinue").ThrowIfFailed();

        var output = ByAccount(run.Objects<ChatConversationChange>().Select(c => (c.Account, c.ConversationId)));
        Assert.Equal(160, output.Values.Sum(ids => ids.Count));
        foreach (var (account, ids) in input)
            Assert.Equal(ids, output[account]);
        Assert.Equal(160, ps.Emulator.Requests("delete"));
        Assert.Empty(run.Progress);
        Assert.Equal(250 - 8, ps.Run("Get-ChatConversation user_000001").ThrowIfFailed().Output.Count);
    }

    [Fact]
    public async Task New_ChatContactGroup_at_8_creates_each_accounts_group_with_all_its_conversations()
    {
        await using var ps = await PowerShellScope.StartAsync(TwentyUsers(latencyMs: 5));
        ps.Run(ShuffledConversations).ThrowIfFailed();

        var run = ps.Run("$convs | New-ChatContactGroup -Name bulk -Confirm:$false -ThrottleLimit 8").ThrowIfFailed();

        var groups = run.Objects<ChatContactGroup>();
        Assert.Equal(20, groups.Count);
        Assert.All(groups, g => Assert.Equal(250, ps.Emulator.Host.State.GetGroups(g.Account).Single(s => s.Name == "bulk").ConversationCount));
        // Per account: get_contact_group, create with 100, then 100 and 50 added: the chain kept its order.
        Assert.Equal((20, 40), (ps.Emulator.Requests("create_contact_group"), ps.Emulator.Requests("update_contact_group")));
    }

    [Theory]
    [InlineData("-WhatIf")]
    [InlineData("-Confirm")]
    public async Task Declined_with_ThrottleLimit_16_it_sends_nothing(string declining)
    {
        await using var ps = await PowerShellScope.StartAsync(TwentyUsers());
        ps.Run(ShuffledConversations).ThrowIfFailed();
        long before = ps.Emulator.AllRequests;

        var run = ps.Run($"$convs | Select-Object -First 300 | Set-ChatConversationMark -Set Star -PassThru -ThrottleLimit 16 {declining}");

        Assert.Null(run.Terminating);
        Assert.Empty(run.Output);
        Assert.Equal(300, ps.Host.ShouldProcessTargets.Count);
        Assert.Equal(before, ps.Emulator.AllRequests);
    }

    [Fact]
    public async Task A_wrong_key_stops_a_write_fan_out_within_32_requests()
    {
        await using var ps = await PowerShellScope.StartAsync(TwentyUsers(latencyMs: 20),
            s => s.SecretKey = ChatSecretKey.FromString("not-the-emulator-key-0123456789"));
        // The input is made up, not listed: nothing can be listed with a wrong key. 200 accounts, 3 conversations each.
        const string input = "1..200 | ForEach-Object { $a = 'user_{0:D6}' -f $_; 1..3 | ForEach-Object { [pscustomobject]@{ Account = $a; ConversationId = \"c2c_peer_$_\" } } }";

        foreach (string write in new[] { "Set-ChatConversationMark -Set Star", "Remove-ChatConversation" })
        {
            ps.Emulator.Host.Reset();
            var run = ps.Run($"{input} | {write} -PassThru -Confirm:$false -ThrottleLimit 16");

            Assert.StartsWith("UserSigKeyMismatch,", run.TerminatingRecord?.FullyQualifiedErrorId);
            Assert.Empty(run.Errors);
            Assert.Empty(run.Output);
            Assert.InRange(ps.Emulator.AllRequests, 1, 32);
        }
    }

    [Fact]
    public async Task With_a_third_of_mark_contact_failing_done_and_failed_cover_every_conversation_once_and_the_targets_finish_the_job()
    {
        await using var ps = await PowerShellScope.StartAsync(TwentyUsers(latencyMs: 2), s => s.Retry = TestSessions.FastRetries(maxAttempts: 1));
        ps.Run(ShuffledConversations).ThrowIfFailed();
        var everything = InputByAccount(ps).SelectMany(a => a.Value.Select(id => (a.Key, id))).ToHashSet();
        ps.Emulator.Host.Faults = new FaultSettings
        {
            Rates = new Dictionary<FaultKind, double> { [FaultKind.Http502] = 0.33 },
            Commands = new[] { "mark_contact" },
            Seed = 14,
        };

        var run = ps.Run("$convs | Set-ChatConversationMark -Set Star -PassThru -Confirm:$false -ThrottleLimit 16 -ErrorVariable failed");

        Assert.Null(run.Terminating);
        var done = run.Objects<ChatConversationChange>().Select(c => (c.Account, c.ConversationId)).ToList();
        var failed = run.Errors.Select(e => Assert.IsType<ChatConversationChange>(e.TargetObject)).Select(c => (c.Account, c.ConversationId)).ToList();
        Assert.NotEmpty(done);
        Assert.NotEmpty(failed);
        Assert.Empty(done.Intersect(failed));
        Assert.Equal(everything.Count, done.Count + failed.Count);
        Assert.True(everything.SetEquals(done.Concat(failed)));

        ps.Emulator.Host.ClearFaults();
        var again = ps.Run("$failed.TargetObject | Set-ChatConversationMark -Set Star -PassThru -Confirm:$false -ThrottleLimit 16").ThrowIfFailed();

        Assert.True(failed.ToHashSet().SetEquals(again.Objects<ChatConversationChange>().Select(c => (c.Account, c.ConversationId))));
        Assert.Equal(5000, ps.Run($"{Accounts} | Get-ChatConversation | Search-ChatContactGroup | Where-Object {{ $_.Marks -contains 'Star' }}")
            .ThrowIfFailed().Output.Count);
    }
}
