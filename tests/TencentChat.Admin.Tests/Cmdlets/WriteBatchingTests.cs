using System.Management.Automation;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>
/// How the batched cmdlets cut pipeline input into requests (per owner account, and per conversation group for the
/// member cmdlets), in which order their output comes, and what a refused item's error carries. Run in a real
/// runspace against the in-process emulator (demo seed: user_0001 has groups group_0001 and group_0002).
/// </summary>
public sealed class WriteBatchingTests
{
    /// <summary>Conversation rows for the pipeline: <paramref name="count"/> C2C peers of <paramref name="account"/>.</summary>
    private const string Rows = """
        function Rows([string]$account, [int]$count, [string]$prefix = 'peer') {
            foreach ($i in 0..($count - 1)) { [pscustomobject]@{ Account = $account; ConversationId = ('c2c_{0}_{1:D4}' -f $prefix, $i) } }
        }
        """;

    [Fact]
    public async Task Set_ChatConversationMark_sends_100_per_request_per_account_and_passes_changes_through_in_input_order()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run(Rows + """
            $rows = @(Rows user_0001 150) + @(Rows user_0002 30) + @(Rows user_0001 100 'more')
            $rows | Set-ChatConversationMark -Set Star -PassThru -Confirm:$false -ThrottleLimit 1
            """);

        run.ThrowIfFailed();
        // user_0001: 250 conversations = 100 + 100 + 50; user_0002: 30.
        Assert.Equal(4, ps.Emulator.Requests("mark_contact"));
        var changes = run.Objects<ChatConversationChange>();
        Assert.Equal(280, changes.Count);
        Assert.All(changes, c => Assert.True(c.Succeeded));
        // Full batches go out as they fill (user_0001's first two), the rest when the pipeline ends, in order of first appearance
        // (one account at a time here; WriteFanOutTests covers the order per account when accounts run concurrently).
        var expected = Ids("user_0001", 150, "peer").Concat(Ids("user_0001", 50, "more")).Concat(Ids("user_0002", 30, "peer"))
            .Concat(Ids("user_0001", 100, "more").Skip(50)).ToList();
        Assert.Equal(expected, changes.Select(c => c.Account + "/" + c.ConversationId));
    }

    [Fact]
    public async Task Add_ChatContactGroupMember_batches_per_account_and_group()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run(Rows + """
            Rows user_0001 150 | Add-ChatContactGroupMember -ContactGroupName group_0001 -PassThru -Confirm:$false
            Rows user_0001 20 'g2' | Add-ChatContactGroupMember -ContactGroupName group_0002 -PassThru -Confirm:$false
            $mixed = foreach ($i in 0..9) {
                [pscustomobject]@{ Account = 'user_0001'; ConversationId = "c2c_mix_$i"; ContactGroupName = ('group_0001', 'group_0002')[$i % 2] }
            }
            $mixed | Add-ChatContactGroupMember -PassThru -Confirm:$false
            """);

        run.ThrowIfFailed();
        // 150 = 100 + 50; 20 = 1; the mixed 10 = one request per group.
        Assert.Equal(5, ps.Emulator.Requests("update_contact_group"));
        var changes = run.Objects<ChatConversationChange>();
        Assert.Equal(180, changes.Count);
        Assert.All(changes, c => Assert.Equal(ChatConversationActions.AddToContactGroup, c.Action));
        Assert.Equal(new[] { 0, 2, 4, 6, 8, 1, 3, 5, 7, 9 }.Select(i => $"c2c_mix_{i} {(i % 2 == 0 ? "group_0001" : "group_0002")}"),
            changes.Skip(170).Select(c => c.ConversationId + " " + c.ContactGroupName));
        var record = ps.Emulator.Host.State.GetContactRecord("user_0001", TencentChat.Emulator.Conversations.ConversationKind.C2C, "peer_0149");
        Assert.Equal(new[] { 1 }, record!.GroupIds);
    }

    [Fact]
    public async Task Remove_ChatContactGroupMember_reports_a_refused_conversation_with_its_change_as_target_and_goes_on()
    {
        await using var ps = await PowerShellScope.StartAsync();

        // user_0003 is in group_0001 (demo seed); user_0004 is not, which the emulator refuses per item with 50002.
        var run = ps.Run("""
            Remove-ChatContactGroupMember -Account user_0001 -ContactGroupName group_0001 -PeerAccount user_0004, user_0003 -PassThru -Confirm:$false
            """);

        Assert.Null(run.Terminating);
        Assert.Equal(1, ps.Emulator.Requests("update_contact_group"));
        var error = Assert.Single(run.Errors);
        var target = Assert.IsType<ChatConversationChange>(error.TargetObject);
        Assert.Equal(("user_0001", "c2c_user_0004", "group_0001", false, 50002), (target.Account, target.ConversationId, target.ContactGroupName, target.Succeeded, target.ResultCode));
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("c2c_user_0003", Assert.Single(run.Objects<ChatConversationChange>()).ConversationId);
    }

    [Fact]
    public async Task Search_ChatContactGroup_sends_300_per_request_and_writes_one_record_per_conversation_in_each_accounts_order()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run(Rows + """
            @(Rows user_0001 301) + @(Rows user_0002 5) | Search-ChatContactGroup
            """);

        run.ThrowIfFailed();
        Assert.Equal(3, ps.Emulator.Requests("search_contact_group"));
        // Owner accounts are searched concurrently (-ThrottleLimit), so each account's records keep their order.
        var records = run.Objects<ChatContactGroupRecord>();
        Assert.Equal(Ids("user_0001", 301, "peer"), records.Where(r => r.Account == "user_0001").Select(r => r.Account + "/" + r.ConversationId));
        Assert.Equal(Ids("user_0002", 5, "peer"), records.Where(r => r.Account == "user_0002").Select(r => r.Account + "/" + r.ConversationId));
        Assert.Equal(306, records.Count);
    }

    [Fact]
    public async Task New_ChatContactGroup_collects_the_pipeline_per_account_and_creates_one_group_each()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run(Rows + """
            @(Rows user_0002 60) + @(Rows user_0001 90) + @(Rows user_0002 60 'late') | New-ChatContactGroup -Name team -Confirm:$false -ThrottleLimit 1
            """);

        run.ThrowIfFailed();
        var groups = run.Objects<ChatContactGroup>();
        Assert.Equal(new[] { "user_0002", "user_0001" }, groups.Select(g => g.Account));
        Assert.All(groups, g => Assert.Equal("team", g.Name));
        Assert.Equal(2, ps.Emulator.Requests("create_contact_group"));
        // user_0002's 120 conversations: 100 with the create, 20 in one update.
        Assert.Equal(1, ps.Emulator.Requests("update_contact_group"));
        Assert.Equal(120, ps.Emulator.Host.State.GetGroups("user_0002").Single(g => g.Name == "team").ConversationCount);
        Assert.Equal(90, ps.Emulator.Host.State.GetGroups("user_0001").Single(g => g.Name == "team").ConversationCount);
    }

    private static IEnumerable<string> Ids(string account, int count, string prefix) =>
        Enumerable.Range(0, count).Select(i => $"{account}/c2c_{prefix}_{i:D4}");
}
