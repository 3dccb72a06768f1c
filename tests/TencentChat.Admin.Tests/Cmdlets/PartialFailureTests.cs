using System.Management.Automation;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Faults;
using ConversationKind = TencentChat.Emulator.Conversations.ConversationKind;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>
/// Nothing lost, nothing misreported: with faults injected into the follow-up writes only, every conversation a write
/// cmdlet is given comes out exactly once, as a success or as an error whose TargetObject (Account, ConversationId)
/// pipes back into the same cmdlet, and piping those targets back finishes the job.
/// </summary>
public sealed class PartialFailureTests
{
    private const string Rows = """
        function Rows([string]$account, [int]$count) {
            foreach ($i in 0..($count - 1)) { [pscustomobject]@{ Account = $account; ConversationId = ('c2c_peer_{0:D4}' -f $i) } }
        }
        """;

    /// <summary>
    /// Turns <paramref name="faults"/> on once 150 rows have gone down the pipeline and the emulator has applied the first
    /// batch of 100 ($firstBatchDone): writes are sent off the pipeline thread, so only the emulator's state tells that
    /// the first batch went through clean.
    /// </summary>
    private const string FaultsAfterTheFirstBatch = """
        $script:n = 0
        function After150 {
            process {
                if (++$script:n -eq 150) {
                    while (-not (& $firstBatchDone)) { Start-Sleep -Milliseconds 10 }
                    $emulator.Faults = $faults
                }
                $_
            }
        }
        """;

    private static FaultSettings Always(FaultKind kind, string command) =>
        new() { Rates = new Dictionary<FaultKind, double> { [kind] = 1.0 }, Commands = new[] { command } };

    private static Dictionary<string, object?> Faults(PowerShellScope ps, FaultSettings faults, string firstBatchDone) =>
        new() { ["emulator"] = ps.Emulator.Host, ["faults"] = faults, ["firstBatchDone"] = ScriptBlock.Create(firstBatchDone) };

    private static IReadOnlyList<string> Expected(int count) => Enumerable.Range(0, count).Select(i => $"c2c_peer_{i:D4}").ToList();

    private static List<ChatConversationChange> Targets(PowerShellRun run) =>
        run.Errors.Select(e => Assert.IsType<ChatConversationChange>(e.TargetObject)).ToList();

    /// <summary>The successes written with -PassThru plus the error targets are the input, each conversation once; returns the targets.</summary>
    private static List<ChatConversationChange> AssertEachConversationOnce(PowerShellRun run, int count, int succeeded)
    {
        Assert.Null(run.Terminating);
        var done = run.Objects<ChatConversationChange>();
        var failed = Targets(run);
        Assert.Equal((succeeded, count - succeeded), (done.Count, failed.Count));
        Assert.Equal(Expected(count), done.Concat(failed).Select(c => c.ConversationId).OrderBy(id => id, StringComparer.Ordinal));
        return failed;
    }

    /// <summary>
    /// Pipes 250 conversations of user_0001 into <paramref name="write"/> with <paramref name="faults"/> on from the second
    /// batch, checks each conversation came out once, then pipes the error targets back into <paramref name="retry"/> with
    /// the faults off and checks exactly the failed ones come out, succeeded.
    /// </summary>
    private static (PowerShellRun Run, List<ChatConversationChange> Failed) FailThenRetry(PowerShellScope ps, string write, string retry, FaultSettings faults,
        string firstBatchDone)
    {
        var run = ps.Run(Rows + FaultsAfterTheFirstBatch + $"Rows user_0001 250 | After150 | {write} -PassThru -Confirm:$false -ErrorVariable failed",
            Faults(ps, faults, firstBatchDone));
        var failed = AssertEachConversationOnce(run, 250, succeeded: 100);

        ps.Emulator.Host.ClearFaults();
        var again = ps.Run($"$failed.TargetObject | {retry} -PassThru -Confirm:$false");

        again.ThrowIfFailed();
        Assert.Equal(failed.Select(c => c.ConversationId), again.Objects<ChatConversationChange>().Where(c => c.Succeeded).Select(c => c.ConversationId));
        return (run, failed);
    }

    [Fact]
    public async Task Set_ChatConversationMark_accounts_for_250_conversations_when_later_requests_get_HTTP_502_and_the_targets_finish_the_job()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var (run, failed) = FailThenRetry(ps, "Set-ChatConversationMark -Set Star", "Set-ChatConversationMark -Set Star", Always(FaultKind.Http502, "mark_contact"),
            "[TencentChat.Emulator.Conversations.ChatStateConversations]::GetContactRecord($emulator.State, 'user_0001', 'C2C', 'peer_0099').StandardMark -eq 1");

        Assert.All(failed, c => Assert.Equal(("user_0001", false, ChatConversationActions.Mark), (c.Account, c.Succeeded, c.Action)));
        Assert.All(run.Errors, e => Assert.Equal(("HttpError", ErrorCategory.ResourceUnavailable), (e.FullyQualifiedErrorId.Split(',')[0], e.CategoryInfo.Category)));
        Assert.All(Expected(250), id => Assert.Equal(1UL, ps.Emulator.Host.State.GetContactRecord("user_0001", ConversationKind.C2C, id[4..])!.StandardMark));
    }

    [Fact]
    public async Task Add_ChatContactGroupMember_accounts_for_250_conversations_when_later_requests_get_50004_and_the_targets_finish_the_job()
    {
        await using var ps = await PowerShellScope.StartAsync();

        // The retry binds -ContactGroupName from the targets.
        var (_, failed) = FailThenRetry(ps, "Add-ChatContactGroupMember -ContactGroupName group_0002", "Add-ChatContactGroupMember",
            Always(FaultKind.ServerError50004, "update_contact_group"),
            "([TencentChat.Emulator.Conversations.ChatStateConversations]::GetGroups($emulator.State, 'user_0001') | Where-Object Name -eq 'group_0002').ConversationCount -ge 101");

        Assert.All(failed, c => Assert.Equal(("user_0001", "group_0002", 50004), (c.Account, c.ContactGroupName, c.ResultCode)));
        Assert.Equal(250, ps.Emulator.Host.State.GetGroups("user_0001").Single(g => g.Name == "group_0002").ConversationCount - 1); // + user_0002 from the seed
    }

    [Fact]
    public async Task New_ChatContactGroup_keeps_the_group_when_its_follow_up_update_fails_and_running_it_again_adds_the_rest()
    {
        await using var ps = await PowerShellScope.StartAsync();
        ps.Emulator.Host.Faults = Always(FaultKind.ServerError50004, "update_contact_group");

        var run = ps.Run(Rows + "Rows user_0001 150 | New-ChatContactGroup -Name team -Confirm:$false -ErrorVariable failed");

        Assert.Null(run.Terminating);
        var group = Assert.Single(run.Objects<ChatContactGroup>());
        Assert.Equal(("user_0001", "team"), (group.Account, group.Name));
        var failed = Targets(run);
        var members = Members(ps, group.ContactGroupId);
        Assert.Equal((100, 50), (members.Count, failed.Count));
        Assert.Empty(members.Intersect(failed.Select(c => c.ConversationId)));
        Assert.Equal(Expected(150), members.Concat(failed.Select(c => c.ConversationId)).OrderBy(id => id, StringComparer.Ordinal));

        ps.Emulator.Host.ClearFaults();
        var rerun = ps.Run("$failed.TargetObject | New-ChatContactGroup -Name team -Confirm:$false");

        rerun.ThrowIfFailed();
        Assert.Equal(group.ContactGroupId, Assert.Single(rerun.Objects<ChatContactGroup>()).ContactGroupId);
        Assert.Equal(Expected(150), Members(ps, group.ContactGroupId).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(1, ps.Emulator.Requests("create_contact_group"));

        // The same command as the first run, again: nothing is missing, nothing is sent but the look-ups.
        var again = ps.Run(Rows + "Rows user_0001 150 | New-ChatContactGroup -Name team -Confirm:$false");
        again.ThrowIfFailed();
        Assert.Equal((1L, 2L), (ps.Emulator.Requests("create_contact_group"), ps.Emulator.Requests("update_contact_group")));
    }

    [Fact]
    public async Task Search_ChatContactGroup_writes_an_error_per_conversation_of_a_failed_request_whose_targets_search_again()
    {
        await using var ps = await PowerShellScope.StartAsync();
        ps.Emulator.Host.Faults = Always(FaultKind.Http502, "search_contact_group");

        var run = ps.Run(Rows + "Rows user_0001 301 | Search-ChatContactGroup -ErrorVariable failed");

        Assert.Empty(run.Output);
        var targets = run.Errors.Select(e => Assert.IsType<ChatContactGroupRecord>(e.TargetObject)).ToList();
        Assert.Equal(Expected(301), targets.Select(r => r.ConversationId));
        Assert.All(targets, r => Assert.Equal("user_0001", r.Account));

        ps.Emulator.Host.ClearFaults();
        var retry = ps.Run("$failed.TargetObject | Search-ChatContactGroup");
        retry.ThrowIfFailed();
        Assert.Equal(Expected(301), retry.Objects<ChatContactGroupRecord>().Select(r => r.ConversationId));
    }

    [Fact]
    public async Task A_disbanded_group_chat_in_a_search_of_300_is_one_GroupChatUnavailable_error_targeting_it_and_299_records()
    {
        await using var ps = await PowerShellScope.StartAsync();
        ps.Emulator.Host.State.DisbandGroupChat("@TGS#G0151");

        var run = ps.Run("""
            0..299 | ForEach-Object {
                if ($_ % 2) { [pscustomobject]@{ Account = 'user_0001'; ConversationId = ('group_@TGS#G{0:D4}' -f $_) } }
                else { [pscustomobject]@{ Account = 'user_0001'; ConversationId = ('c2c_peer_{0:D4}' -f $_) } }
            } | Search-ChatContactGroup -ErrorVariable failed
            """);

        var error = Assert.Single(run.Errors);
        Assert.Equal(new[] { "GroupChatUnavailable" }, run.ErrorIds);
        Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
        var target = Assert.IsType<ChatContactGroupRecord>(error.TargetObject);
        Assert.Equal(("user_0001", "group_@TGS#G0151"), (target.Account, target.ConversationId));
        Assert.Equal(299, run.Objects<ChatContactGroupRecord>().Count);
        Assert.DoesNotContain(run.Objects<ChatContactGroupRecord>(), r => r.ConversationId == "group_@TGS#G0151");
        Assert.InRange(ps.Emulator.Requests("search_contact_group"), 2, 20);
    }

    [Fact]
    public async Task Remove_ChatConversation_reports_a_failed_request_with_the_conversations_change_as_target()
    {
        await using var ps = await PowerShellScope.StartAsync();
        ps.Emulator.Host.Faults = Always(FaultKind.Http502, "delete");

        var run = ps.Run("Remove-ChatConversation -Account user_0001 -PeerAccount user_0002 -Confirm:$false");

        var target = Assert.IsType<ChatConversationChange>(Assert.Single(run.Errors).TargetObject);
        Assert.Equal(("user_0001", "c2c_user_0002", ChatConversationActions.Delete), (target.Account, target.ConversationId, target.Action));
    }

    [Fact]
    public async Task Get_ChatContactGroup_piped_to_Get_ChatContactGroupMember_pages_each_account_once_and_writes_each_conversation_once()
    {
        await using var ps = await PowerShellScope.StartAsync();

        // Demo seed: user_0002 is in both groups of user_0001, user_0003 and @TGS#1B2AUI7RZ in group_0001.
        var run = ps.Run("Get-ChatContactGroup -Account user_0001 | Get-ChatContactGroupMember");

        run.ThrowIfFailed();
        Assert.Equal(new[] { "c2c_user_0002", "c2c_user_0003", "group_@TGS#1B2AUI7RZ" },
            run.Objects<ChatContactGroupRecord>().Select(r => r.ConversationId).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(2, ps.Emulator.Requests("get_contact_group")); // Get-ChatContactGroup's one, Get-ChatContactGroupMember's one
    }

    [Fact]
    public async Task A_group_that_does_not_exist_is_ContactGroupNotFound_for_every_cmdlet_that_names_one()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run("""
            Rename-ChatContactGroup -Account user_0001 -Name missing -NewName other -Confirm:$false
            Remove-ChatContactGroup -Account user_0001 -Name missing -Confirm:$false
            Add-ChatContactGroupMember -Account user_0001 -ContactGroupName missing -PeerAccount user_0002 -Confirm:$false
            Remove-ChatContactGroupMember -Account user_0001 -ContactGroupName missing -PeerAccount user_0002 -Confirm:$false
            """);

        Assert.Null(run.Terminating);
        Assert.Equal(Enumerable.Repeat("ContactGroupNotFound", 4), run.ErrorIds);
        Assert.All(run.Errors, e => Assert.Equal(ErrorCategory.ObjectNotFound, e.CategoryInfo.Category));
        Assert.Equal("c2c_user_0002", Assert.IsType<ChatConversationChange>(run.Errors[3].TargetObject).ConversationId);
    }

    [Fact]
    public async Task A_Tencent_error_message_ends_in_one_full_stop_and_leaves_the_advice_to_RecommendedAction()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run("Set-ChatConversationMark -Account nobody -PeerAccount user_0002 -Set Star -Confirm:$false");

        var error = Assert.Single(run.Errors);
        string message = error.ErrorDetails?.Message ?? error.Exception.Message;
        Assert.Equal("mark_contact failed with Tencent error 50001: From_Account 'nobody' has not been imported into Chat.", message);
        Assert.Equal("c2c_user_0002", Assert.IsType<ChatConversationChange>(error.TargetObject).ConversationId);
        Assert.Equal("Check the account's UserID; it must have been imported into this Chat app.", error.ErrorDetails!.RecommendedAction);
    }

    [Fact]
    public async Task An_echoed_result_without_its_conversation_key_warns_and_counts_as_done()
    {
        await using var server = await CannedServer.JsonAsync("""
            {"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ResultItem":[
              {"OptType":1,"ContactItem":{"Type":1,"To_Account":"user_0002"},"ResultCode":0,"ResultInfo":""},
              {"OptType":1,"ContactItem":{"Type":2},"ResultCode":0,"ResultInfo":""}]}
            """);
        await using var ps = await PowerShellScope.StartAsync(configure: s => s.Endpoint = server.BaseAddress);

        var run = ps.Run("Set-ChatConversationMark -Account user_0001 -PeerAccount user_0002 -GroupId '@TGS#X' -Set Star -PassThru -Confirm:$false");

        Assert.Empty(run.Errors);
        Assert.Equal(new[] { "c2c_user_0002", "group_@TGS#X" }, run.Objects<ChatConversationChange>().Where(c => c.Succeeded).Select(c => c.ConversationId));
        Assert.Contains(run.Warnings, w => w.Message.Contains("counted as the result for group_@TGS#X of user_0001"));
    }

    private static List<string> Members(PowerShellScope ps, int groupId) =>
        Enumerable.Range(0, 150).Select(i => $"peer_{i:D4}")
            .Where(peer => ps.Emulator.Host.State.GetContactRecord("user_0001", ConversationKind.C2C, peer)?.GroupIds.Contains(groupId) == true)
            .Select(peer => "c2c_" + peer).ToList();
}
