using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using ConversationKind = TencentChat.Emulator.Conversations.ConversationKind;

namespace TencentChat.Admin.Tests.Cmdlets.Conversations;

/// <summary>
/// Pinning through the cmdlets in a real runspace against the in-process emulator (demo seed: of user_0001's 53
/// conversations only the one with user_0003 is pinned): Set-ChatConversationPin, and IsPinned in Set-ChatConversation.
/// </summary>
public sealed class ConversationPinCmdletTests
{
    private static ISet<string> Pinned(PowerShellScope ps) =>
        ps.Emulator.Host.State.GetConversations("user_0001").Where(c => c.Pinned)
            .Select(c => (c.Kind == ConversationKind.C2C ? "c2c_" : "group_") + c.Peer).ToHashSet();

    [Fact]
    public async Task A_CSV_export_restores_every_pin_and_a_rerun_or_WhatIf_sends_no_top()
    {
        await using var ps = await PowerShellScope.StartAsync();
        string dir = Directory.CreateTempSubdirectory("tencentchat-pins-").FullName;
        var variables = new Dictionary<string, object?> { ["dir"] = dir };
        try
        {
            ps.Run("""
                Set-ChatConversationPin user_0001 -PeerAccount user_0004 -GroupId '@TGS#1B2AUI7RZ' -Confirm:$false
                Get-ChatConversation -Account user_0001 | Export-Csv (Join-Path $dir convs.csv) -NoTypeInformation
                """, variables).ThrowIfFailed();
            var backedUp = Pinned(ps);
            Assert.Equal(new HashSet<string> { "c2c_user_0003", "c2c_user_0004", "group_@TGS#1B2AUI7RZ" }, backedUp);

            // Flip every pin: the three pinned ones unpinned, every other conversation pinned (50 of them, the limit).
            ps.Run("""
                $all = Get-ChatConversation -Account user_0001
                $all | Where-Object IsPinned | Set-ChatConversationPin -Unpin -Confirm:$false
                $all | Where-Object { -not $_.IsPinned } | Set-ChatConversationPin -Confirm:$false
                """).ThrowIfFailed();
            Assert.Equal(50, Pinned(ps).Count);
            Assert.Empty(Pinned(ps).Intersect(backedUp));

            long top = ps.Emulator.Requests("top");
            var whatIf = ps.Run("Import-Csv (Join-Path $dir convs.csv) | Set-ChatConversation -WhatIf", variables).ThrowIfFailed();
            Assert.Equal(top, ps.Emulator.Requests("top"));
            Assert.Equal(53, ps.Host.Shown.Count(text => text.Contains("\"Pin\"") || text.Contains("\"Unpin\"")));

            var restore = ps.Run("Import-Csv (Join-Path $dir convs.csv) | Set-ChatConversation -Confirm:$false -PassThru", variables).ThrowIfFailed();
            Assert.Equal(backedUp, Pinned(ps));
            var updates = restore.Objects<ChatConversationUpdate>();
            Assert.Equal(53, updates.Count(u => u.PinChanged && u.Succeeded));
            Assert.Equal(backedUp, updates.Where(u => u.IsPinned == true).Select(u => u.ConversationId).ToHashSet());
            // The 50 unpins go first, in one request, and make room for the three pins.
            Assert.Equal(top + 2, ps.Emulator.Requests("top"));

            var rerun = ps.Run("Import-Csv (Join-Path $dir convs.csv) | Set-ChatConversation -Confirm:$false -PassThru", variables).ThrowIfFailed();
            Assert.Equal(top + 2, ps.Emulator.Requests("top"));
            Assert.All(rerun.Objects<ChatConversationUpdate>(), u => Assert.False(u.Changed));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task IsPinned_binds_CSV_text_and_refuses_what_is_not_a_boolean()
    {
        await using var ps = await PowerShellScope.StartAsync();
        var run = ps.Run("""
            @(
                [pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0003'; IsPinned = 'False' }
                [pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0002'; IsPinned = 'true' }
                [pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0004'; IsPinned = 'maybe' }
            ) | Set-ChatConversation -Confirm:$false -PassThru
            """);
        Assert.Equal(new HashSet<string> { "c2c_user_0002" }, Pinned(ps));
        Assert.Equal(new[] { ("c2c_user_0003", (bool?)false), ("c2c_user_0002", (bool?)true) },
            run.Objects<ChatConversationUpdate>().Select(u => (u.ConversationId, u.IsPinned)));
        Assert.Contains("'maybe' is not True or False", Assert.Single(run.Errors).Exception.Message);
    }

    [Fact]
    public async Task Pins_over_50_are_refused_before_sending_and_their_targets_pipe_back_once_there_is_room()
    {
        await using var ps = await PowerShellScope.StartAsync();
        // 52 to pin with one pinned already: the first 49 fit, the last three do not.
        var first = ps.Run("""
            Get-ChatConversation -Account user_0001 | Select-Object Account, ConversationId, @{ n = 'IsPinned'; e = { $true } } |
                Set-ChatConversation -Confirm:$false -PassThru -ErrorVariable failed
            """);
        Assert.Equal(Enumerable.Repeat("TooManyPinnedConversations", 3), first.ErrorIds);
        Assert.Equal(49, first.Objects<ChatConversationUpdate>().Count(u => u.PinChanged));
        Assert.Equal(50, Pinned(ps).Count);
        var target = Assert.IsType<ChatConversationUpdate>(first.Errors[0].TargetObject);
        Assert.Equal((true, false), (target.IsPinned == true, Pinned(ps).Contains(target.ConversationId)));

        var retry = ps.Run("""
            Get-ChatConversation -Account user_0001 | Where-Object IsPinned | Select-Object -First 3 | Set-ChatConversationPin -Unpin -Confirm:$false
            $failed.TargetObject | Set-ChatConversation -Confirm:$false -PassThru
            """).ThrowIfFailed();
        Assert.Equal(3, retry.Objects<ChatConversationUpdate>().Count(u => u.PinChanged));
        Assert.Equal(50, Pinned(ps).Count);
    }

    [Fact]
    public async Task Set_ChatConversationPin_with_WhatIf_sends_nothing_and_a_refused_request_fails_each_conversation_with_a_pipeable_target()
    {
        await using var ps = await PowerShellScope.StartAsync();
        ps.Run("Get-ChatConversation -Account user_0001 | Set-ChatConversationPin -Unpin -WhatIf").ThrowIfFailed();
        Assert.Equal(0, ps.Emulator.Requests("top"));
        Assert.Equal(53, ps.Host.Shown.Count(text => text.Contains("\"Unpin\"")));

        var run = ps.Run("Set-ChatConversationPin user_0001 -PeerAccount user_0002, no_such_peer -Confirm:$false -ErrorVariable failed");
        Assert.Equal(new[] { "InvalidParameter", "InvalidParameter" }, run.ErrorIds);
        var targets = run.Errors.Select(e => Assert.IsType<ChatConversationChange>(e.TargetObject)).ToList();
        Assert.Equal(new[] { ("c2c_user_0002", "Pin"), ("c2c_no_such_peer", "Pin") }, targets.Select(t => (t.ConversationId, t.Action)));

        var retry = ps.Run("$failed.TargetObject | Where-Object ConversationId -ne c2c_no_such_peer | Set-ChatConversationPin -Confirm:$false -PassThru").ThrowIfFailed();
        Assert.True(Assert.Single(retry.Objects<ChatConversationChange>()).Succeeded);
        Assert.Contains("c2c_user_0002", Pinned(ps));
    }
}
