using System.Management.Automation;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Faults;

namespace TencentChat.Admin.Tests.Cmdlets.Conversations;

/// <summary>
/// Set-ChatConversation in a real runspace against the in-process emulator (demo seed: user_0001's conversation with
/// user_0002 has marks 11111110, custom mark abcde and groups group_0001 and group_0002; with user_0003 111001, abcd,
/// group_0001).
/// </summary>
public sealed class SetChatConversationTests
{
    private static long Writes(PowerShellScope ps) =>
        ps.Emulator.Requests("mark_contact") + ps.Emulator.Requests("update_contact_group") + ps.Emulator.Requests("create_contact_group") + ps.Emulator.Requests("del_contact_group");

    [Fact]
    public async Task Binding_tells_a_missing_column_from_an_empty_one_and_null_from_empty()
    {
        await using var ps = await PowerShellScope.StartAsync();
        var run = ps.Run("""
            $rows = @(
                [pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0002'; Marks = '' }
                [pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0003'; CustomMark = $null; ContactGroupNames = 'x\;y;z' }
            )
            $rows | Set-ChatConversation -WhatIf -PassThru
            """);
        run.ThrowIfFailed();
        Assert.Equal(0, Writes(ps));
        var whatIf = string.Join("\n", ps.Host.Shown);
        Assert.Contains("Clear mark Unread, Fold, Hide, Bit4, Bit5, Bit6, Bit7\" on target \"c2c_user_0002 of user_0001\"", whatIf);
        Assert.Contains("Add to conversation group 'x;y'; add to conversation group 'z'; remove from conversation group 'group_0001'\" on target \"c2c_user_0003 of user_0001\"", whatIf);
    }

    [Fact]
    public async Task Objects_from_Get_ChatConversation_restore_what_they_say_including_no_custom_mark()
    {
        await using var ps = await PowerShellScope.StartAsync();
        var run = ps.Run("""
            $backup = Get-ChatConversation -Account user_0001
            Set-ChatConversationMark user_0001 -PeerAccount user_0005 -Set Star -CustomMark 'added later' -Confirm:$false
            Add-ChatContactGroupMember user_0001 -ContactGroupName group_0002 -PeerAccount user_0003 -Confirm:$false
            $backup | Set-ChatConversation -Confirm:$false -PassThru | Where-Object Changed
            """).ThrowIfFailed();

        var changed = run.Objects<ChatConversationUpdate>();
        Assert.Equal(new[] { "c2c_user_0003", "c2c_user_0005" }, changed.Select(u => u.ConversationId).Order());
        var user0005 = changed.Single(u => u.ConversationId == "c2c_user_0005");
        Assert.Equal(new[] { "Star" }, user0005.ClearMarks);
        Assert.Equal((true, ""), (user0005.CustomMarkChanged, user0005.CustomMark));
        Assert.Equal(new[] { "group_0002" }, changed.Single(u => u.ConversationId == "c2c_user_0003").RemovedFromContactGroups);
        Assert.Null(ps.Emulator.Host.State.GetContactRecord("user_0001", TencentChat.Emulator.Conversations.ConversationKind.C2C, "user_0005"));
    }

    [Fact]
    public async Task Failed_conversations_are_errors_whose_targets_pipe_back_and_finish_the_job()
    {
        await using var ps = await PowerShellScope.StartAsync();
        ps.Emulator.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [FaultKind.ServerError50004] = 1.0 }, Commands = new[] { "update_contact_group" } };
        var first = ps.Run("""
            $rows = @(
                [pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0002'; Marks = 'Star'; ContactGroupNames = '' }
                [pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0004'; Marks = 'Shiny' }
                [pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0005'; CustomMark = 'ok' }
            )
            $rows | Set-ChatConversation -Confirm:$false -PassThru -ErrorVariable failed
            """);
        Assert.Equal(new[] { "InvalidMark", "ServerError" }, first.ErrorIds.Order());
        Assert.Equal(new[] { "c2c_user_0005" }, first.Objects<ChatConversationUpdate>().Select(u => u.ConversationId));
        var target = Assert.IsType<ChatConversationUpdate>(first.Errors.Single(e => e.FullyQualifiedErrorId.StartsWith("ServerError")).TargetObject);
        Assert.Equal(("c2c_user_0002", "abcde"), (target.ConversationId, target.CustomMark));   // not given: as read, so a retry leaves it
        Assert.Empty(target.ContactGroupNames!);

        ps.Emulator.Host.ClearFaults();
        var retry = ps.Run("$failed.TargetObject | Where-Object ConversationId -eq c2c_user_0002 | Set-ChatConversation -Confirm:$false -PassThru").ThrowIfFailed();
        Assert.True(Assert.Single(retry.Objects<ChatConversationUpdate>()).Succeeded);
        var record = ps.Emulator.Host.State.GetContactRecord("user_0001", TencentChat.Emulator.Conversations.ConversationKind.C2C, "user_0002")!;
        Assert.Equal((1UL, "abcde", 0), (record.StandardMark, record.CustomMark, record.GroupIds.Count));
    }

    [Fact]
    public async Task A_live_pipeline_from_Get_ChatConversation_over_several_accounts_writes_300_per_read_and_every_conversation_once()
    {
        await using var ps = await PowerShellScope.StartAsync();
        var run = ps.Run("""
            $rows = foreach ($a in 'user_0005', 'user_0006') { foreach ($i in 0..349) { [pscustomobject]@{ Account = $a; ConversationId = 'c2c_p{0:D4}' -f $i; Marks = 'App40' } } }
            $rows | Set-ChatConversation -Confirm:$false -PassThru -ThrottleLimit 4
            Get-ChatConversation -Account user_0001 | Set-ChatConversation -CustomMark 'seen' -Confirm:$false -PassThru
            """).ThrowIfFailed();

        var updates = run.Objects<ChatConversationUpdate>();
        Assert.Equal(700 + 53, updates.Count);
        Assert.All(updates, u => Assert.True(u.Succeeded && u.Changed));
        // 350 per account = 300 + 50 per read; the writes go 100 per mark_contact request; user_0001's 53 in one read.
        Assert.Equal(5, ps.Emulator.Requests("search_contact_group"));
        Assert.Equal(8 + 1, ps.Emulator.Requests("mark_contact"));
        Assert.Equal(Enumerable.Range(0, 350).Select(i => $"c2c_p{i:D4}"), updates.Where(u => u.Account == "user_0006").Select(u => u.ConversationId));
    }

    [Fact]
    public async Task Declined_at_Confirm_nothing_is_written_and_the_question_names_the_diff()
    {
        await using var ps = await PowerShellScope.StartAsync();
        var run = ps.Run("Set-ChatConversation user_0001 -PeerAccount user_0002, user_0003 -Marks Star -Confirm");
        Assert.Empty(run.Errors);
        Assert.Equal(2, ps.Host.Declined);
        Assert.Equal(0, Writes(ps));
        Assert.Contains(ps.Host.Shown, text => text.Contains("Set mark Star; clear mark Unread"));
    }
}

/// <summary>
/// The backup and restore recipe, run for real: Export-Csv, damage, Import-Csv into New-ChatContactGroup and
/// Set-ChatConversation; afterwards every conversation's marks, custom mark and groups are as backed up.
/// </summary>
public sealed class BackupRestoreTests
{
    private const string Backup = """
        $convs = Join-Path $dir convs.csv; $groups = Join-Path $dir groups.csv
        Get-ChatConversation -Account user_0001 | Export-Csv $convs -NoTypeInformation
        Get-ChatContactGroup -Account user_0001 | Export-Csv $groups -NoTypeInformation
        """;

    private const string State = """
        Get-ChatConversation -Account user_0001 | Sort-Object ConversationId |
            ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.ConversationId, ($_.Marks -join ','), $_.CustomMark, (($_.ContactGroupNames | Sort-Object) -join '/') }
        """;

    [Fact]
    public async Task Two_lines_back_up_and_two_lines_restore_marks_custom_marks_and_groups_with_nasty_names()
    {
        await using var ps = await PowerShellScope.StartAsync();
        string dir = Directory.CreateTempSubdirectory("tencentchat-restore-").FullName;
        var variables = new Dictionary<string, object?> { ["dir"] = dir };
        try
        {
            // Groups whose names hold the separator, the escape character and quotes, next to the groups 'a' and 'b'.
            ps.Run("""
                New-ChatContactGroup user_0001 -Name 'a;b' -PeerAccount user_0004 -Confirm:$false
                New-ChatContactGroup user_0001 -Name a -PeerAccount user_0005, user_0006 -Confirm:$false
                New-ChatContactGroup user_0001 -Name b -PeerAccount user_0006 -Confirm:$false
                New-ChatContactGroup user_0001 -Name 'back\slash;"q"' -GroupId '@TGS#DEMO012' -Confirm:$false
                New-ChatContactGroup user_0001 -Name 'empty' -Confirm:$false
                Set-ChatConversationMark user_0001 -PeerAccount user_0004 -Set Fold, App63 -CustomMark 'semi;colon "quoted" \' -Confirm:$false
                """).ThrowIfFailed();
            var before = ps.Run(State).ThrowIfFailed().Output.Select(o => o.ToString()).ToList();
            Assert.Contains("c2c_user_0004|Fold,App63|semi;colon \"quoted\" \\|a;b", before);
            Assert.Contains("c2c_user_0006|||a/b", before);

            ps.Run(Backup, variables).ThrowIfFailed();
            string csv = File.ReadAllText(Path.Combine(dir, "convs.csv"));
            Assert.Contains("\"a\\;b\"", csv);      // the group "a;b", escaped
            Assert.Contains("\"a;b\"", csv);        // the groups "a" and "b"

            // Damage: groups removed, marks cleared and changed, custom marks changed, a new group with members.
            ps.Run("""
                Get-ChatContactGroup user_0001 | Remove-ChatContactGroup -Confirm:$false
                Set-ChatConversationMark user_0001 -PeerAccount user_0002 -Clear Unread, Fold -CustomMark 'changed' -Confirm:$false
                Set-ChatConversationMark user_0001 -PeerAccount user_0004 -Clear Fold -Set Star -CustomMark '' -Confirm:$false
                Set-ChatConversationMark user_0001 -PeerAccount user_0007 -Set Hide -CustomMark 'new' -Confirm:$false
                New-ChatContactGroup user_0001 -Name since -PeerAccount user_0002, user_0007 -Confirm:$false
                """).ThrowIfFailed();
            Assert.NotEqual(before, ps.Run(State).ThrowIfFailed().Output.Select(o => o.ToString()).ToList());

            // -WhatIf shows the restore and sends no write.
            long writesBefore = Writes(ps);
            var whatIf = ps.Run("Import-Csv (Join-Path $dir convs.csv) | Set-ChatConversation -WhatIf", variables);
            Assert.Empty(whatIf.Errors);
            Assert.Equal(writesBefore, Writes(ps));
            Assert.Contains("c2c_user_0004 of user_0001", ps.Host.ShouldProcessTargets);

            var restore = ps.Run("""
                Import-Csv (Join-Path $dir groups.csv) | New-ChatContactGroup
                Import-Csv (Join-Path $dir convs.csv) | Set-ChatConversation -Confirm:$false
                """, variables);
            restore.ThrowIfFailed();

            Assert.Equal(before, ps.Run(State).ThrowIfFailed().Output.Select(o => o.ToString()).ToList());
            var groups = ps.Run("Get-ChatContactGroup user_0001 | ForEach-Object Name").ThrowIfFailed().Output.Select(o => o.ToString()).ToList();
            Assert.Contains("empty", groups);     // recreated although no conversation is in it
            Assert.Contains("since", groups);     // a group is never deleted

            // A second restore finds nothing to do.
            long writesAfter = Writes(ps);
            ps.Run("Import-Csv (Join-Path $dir convs.csv) | Set-ChatConversation -Confirm:$false", variables).ThrowIfFailed();
            Assert.Equal(writesAfter, Writes(ps));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static long Writes(PowerShellScope ps) =>
        ps.Emulator.Requests("mark_contact") + ps.Emulator.Requests("update_contact_group") + ps.Emulator.Requests("create_contact_group") + ps.Emulator.Requests("del_contact_group");
}

/// <summary>Get-ChatConversation -EmptyOnly in a runspace against the demo seed, and the clean-up recipe that uses it.</summary>
public sealed class EmptyConversationTests
{
    [Fact]
    public async Task EmptyOnly_returns_the_demo_seeds_empty_conversations_and_the_clean_up_recipe_finds_them()
    {
        await using var ps = await PowerShellScope.StartAsync();
        var run = ps.Run("Get-ChatConversation -Account user_0001 -EmptyOnly").ThrowIfFailed();
        Assert.Equal(new[] { "group_@TGS#DEMO048", "group_@TGS#DEMO049" }, run.Objects<ChatConversation>().Select(c => c.ConversationId));

        ps.Run("Get-ChatConversation -Account user_0001 -EmptyOnly | Remove-ChatConversation -WhatIf").ThrowIfFailed();
        Assert.Equal(new[] { "group_@TGS#DEMO048 of user_0001", "group_@TGS#DEMO049 of user_0001" }, ps.Host.ShouldProcessTargets);
        Assert.Equal(0, ps.Emulator.Requests("delete"));
    }
}

/// <summary>Cells written with the views' old ", " separator are refused, never a mark or a group named after the cell (docs/lists-in-csv.md).</summary>
public sealed class ListSeparatorTests
{
    [Theory]
    [InlineData("ContactGroupNames = 'group_0001, group_0002'", "group_0001;group_0002")]
    [InlineData("ContactGroupNames = 'brand_new, other_new'", "brand_new;other_new")]
    [InlineData("Marks = 'Star, Unread'", "Star;Unread")]
    public async Task A_cell_joined_with_a_comma_is_refused_and_the_other_rows_go_on(string cell, string asCell)
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run($$"""
            @(
                [pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0002'; {{cell}} }
                [pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0005'; Marks = 'Star' }
            ) | Set-ChatConversation -Confirm:$false -PassThru
            """);

        var error = Assert.Single(run.Errors);
        Assert.Equal("CommaSeparatedList", run.ErrorIds.Single());
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains(asCell, error.Exception.Message);
        Assert.Equal(0, ps.Emulator.Requests("create_contact_group"));
        Assert.DoesNotContain(ps.Emulator.Host.State.GetGroups("user_0001"), g => g.Name.Contains(", "));
        Assert.Equal("c2c_user_0005", Assert.Single(run.Objects<ChatConversationUpdate>(), u => u.Succeeded).ConversationId);
    }

    [Fact]
    public async Task A_group_really_named_with_a_comma_is_kept_once_the_conversation_is_in_it()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run("""
            New-ChatContactGroup user_0001 -Name 'Sales, EMEA' -PeerAccount user_0002 -Confirm:$false | Out-Null
            [pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0002'; ContactGroupNames = 'Sales, EMEA' } | Set-ChatConversation -Confirm:$false -PassThru
            """).ThrowIfFailed();

        var update = Assert.Single(run.Objects<ChatConversationUpdate>());
        Assert.True(update.Succeeded);
        Assert.Equal(new[] { "group_0001", "group_0002" }, update.RemovedFromContactGroups.Order());
        Assert.Empty(update.AddedToContactGroups);
    }
}
