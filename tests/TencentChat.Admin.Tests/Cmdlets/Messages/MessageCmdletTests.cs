using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.MessageBodies;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Messages;

namespace TencentChat.Admin.Tests.Cmdlets.Messages;

/// <summary>The message cmdlets in a real runspace against the emulator (demo seed: user_0001..user_0012), rate limiting on at both ends.</summary>
public sealed class MessageCmdletTests
{
    private static Task<PowerShellScope> StartAsync() =>
        PowerShellScope.StartAsync(new EmulatorOptions { RateLimit = 200 }, settings => settings.RateLimitPerSecond = 200);

    [Fact]
    public async Task Send_to_1200_recipients_with_3_not_imported_takes_3_batches_and_fails_exactly_those_3_with_their_receipts()
    {
        await using var ps = await StartAsync();
        foreach (int i in Enumerable.Range(1, 1200).Where(i => i is not (7 or 600 or 1111))) ps.Emulator.Host.State.AddUser($"r{i:D4}");

        var run = ps.Run("1..1200 | ForEach-Object { 'r{0:D4}' -f $_ } | Send-ChatMessage -From user_0001 -Text 'Maintenance at 22:00' -ThrottleLimit 2");

        Assert.Equal(3, ps.Emulator.Requests("batchsendmsg"));
        Assert.Equal(0, ps.Emulator.Requests("sendmsg"));
        var receipts = run.Objects<ChatMessageReceipt>();
        Assert.Equal(1197, receipts.Count);
        Assert.Equal(Enumerable.Range(1, 1200).Where(i => i is not (7 or 600 or 1111)).Select(i => $"r{i:D4}"), receipts.Select(r => r.To));
        Assert.Equal(new[] { "r0007", "r0600", "r1111" }, run.Errors.Select(e => ((ChatMessageReceipt)e.TargetObject).To));
        Assert.All(run.Errors, e => Assert.Equal((70107, "AccountNotFound"), (((ChatMessageReceipt)e.TargetObject).ResultCode, e.FullyQualifiedErrorId.Split(',')[0])));

        // The failures pipe back: once imported, only they are sent, by sendmsg/batchsendmsg as their count asks.
        ps.Emulator.Host.State.AddUser("r0007");
        var again = ps.Run("$failed = @(" + string.Join(",", new[] { "'r0007'" }) + ") | ForEach-Object { [TencentChat.Admin.Client.Models.ChatMessageReceipt]@{ To = $_ } }; $failed | Send-ChatMessage -From user_0001 -Text 'Maintenance at 22:00'").ThrowIfFailed();
        Assert.Equal("r0007", Assert.Single(again.Objects<ChatMessageReceipt>()).To);
        Assert.Equal(1, ps.Emulator.Requests("sendmsg"));
    }

    [Fact]
    public async Task Bad_input_is_an_ErrorRecord_before_any_request_and_WhatIf_sends_nothing()
    {
        await using var ps = await StartAsync();

        var big = ps.Run("Send-ChatMessage -To user_0002 -Text ('x' * 13000)");
        Assert.Equal("MessageTooLarge", big.TerminatingRecord!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, big.TerminatingRecord.CategoryInfo.Category);
        var empty = ps.Run("Send-ChatMessage -To @() -Text hi");
        Assert.NotNull(empty.TerminatingRecord);
        var blank = ps.Run("Send-ChatMessage -To '' -Text hi");
        Assert.Equal(new[] { "InvalidAccount" }, blank.ErrorIds);
        var range = ps.Run("Get-ChatMessage user_0001 user_0002 -After (Get-Date) -Before (Get-Date).AddDays(-1)");
        Assert.Equal("InvalidMessageTime", range.TerminatingRecord!.FullyQualifiedErrorId.Split(',')[0]);
        var body = ps.Run("Send-ChatMessage -To user_0002 -MsgBody '{\"MsgType\":\"TIMTextElem\"}'");
        Assert.Equal("InvalidMsgBody", body.TerminatingRecord!.FullyQualifiedErrorId.Split(',')[0]);
        ps.Run("Send-ChatMessage -To user_0002, user_0003 -Text hi -WhatIf; Remove-ChatMessage -From user_0001 -To user_0002 -MsgKey 1_2_3 -WhatIf").ThrowIfFailed();

        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    [Fact]
    public async Task Get_ChatMessage_First_5_is_one_request_and_conversations_pipe_in_with_groups_skipped_once()
    {
        await using var ps = await StartAsync();
        ps.Run("1..150 | ForEach-Object { Import-ChatMessage -From user_0001 -To user_0002 -Time ((Get-Date).AddMinutes(-$_)) -Text \"m$_\" -Historical } | Out-Null").ThrowIfFailed();
        long before = ps.Emulator.Requests("admin_getroammsg");

        var first = ps.Run("Get-ChatMessage -Account user_0001 -Peer user_0002 | Select-Object -First 5").ThrowIfFailed();
        Assert.Equal(new[] { "m1", "m2", "m3", "m4", "m5" }, first.Objects<ChatMessage>().Select(m => m.Text));
        Assert.Equal(1, ps.Emulator.Requests("admin_getroammsg") - before);

        var piped = ps.Run("Get-ChatConversation -Account user_0001 | Get-ChatMessage -ThrottleLimit 4");
        Assert.Empty(piped.Errors);
        Assert.Single(piped.Warnings);
        Assert.Contains("Get-ChatGroupMessage", piped.Warnings[0].Message);
        Assert.Equal(150, piped.Objects<ChatMessage>().Count(m => m.Peer == "user_0002"));
    }

    [Fact]
    public async Task Every_element_type_round_trips_through_Export_Csv_and_Import_ChatMessage_into_another_pair_and_a_rerun_adds_nothing()
    {
        await using var ps = await StartAsync();
        var samples = ChatMessageBodyTests.AllSamples;
        var import = string.Join("\n", samples.Select((json, i) =>
            $"Import-ChatMessage -From user_0003 -To user_0004 -Time ((Get-Date).AddMinutes(-{i + 1})) -MsgBody '{json.Replace("'", "''")}' -CloudCustomData 'cc{i}' | Out-Null"));
        ps.Run(import).ThrowIfFailed();

        string copy = """
            $csv = Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid().ToString() + '.csv')
            Get-ChatMessage user_0003 user_0004 | Export-Csv $csv -NoTypeInformation
            Import-Csv $csv | Import-ChatMessage -From user_0005 -To user_0006 -Historical | Out-Null
            Import-Csv $csv | Import-ChatMessage -From user_0005 -To user_0006 -Historical | Out-Null
            Remove-Item $csv
            """;
        ps.Run(copy).ThrowIfFailed();

        var original = ps.Run("Get-ChatMessage user_0003 user_0004").ThrowIfFailed().Objects<ChatMessage>();
        var copied = ps.Run("Get-ChatMessage user_0006 user_0005").ThrowIfFailed().Objects<ChatMessage>();
        Assert.Equal(samples.Length, copied.Count);
        Assert.Equal(original.Select(m => (m.MsgBodyJson, m.CloudCustomData, m.TimeIso, m.MsgSeq, m.MsgRandom)), copied.Select(m => (m.MsgBodyJson, m.CloudCustomData, m.TimeIso, m.MsgSeq, m.MsgRandom)));
        Assert.Equal(samples.Length, ps.Emulator.Host.State.MessageCount("user_0005", "user_0006"));
    }

    [Fact]
    public async Task A_recalled_message_reads_back_IsRecalled_and_unread_counts_clear_with_Set_ChatMessageRead()
    {
        await using var ps = await StartAsync();
        var run = ps.Run("""
            Send-ChatMessage -From user_0007 -To user_0008 -Text 'oops' | Remove-ChatMessage -Confirm:$false | Out-Null
            Send-ChatMessage -From user_0007 -To user_0008 -Text 'second' | Out-Null
            Get-ChatMessage user_0008 user_0007
            """).ThrowIfFailed();
        var messages = run.Objects<ChatMessage>();
        // Both may fall in one second, where MsgSeq (random here) orders them: compared by text.
        Assert.Equal(new[] { ("oops", true), ("second", false) }, messages.Select(m => (m.Text, m.IsRecalled)).OrderBy(m => m.Text));

        var counts = ps.Run("Get-ChatUnreadCount user_0008 -Peer user_0007, ghost -ErrorAction SilentlyContinue -ErrorVariable e; $e.Count").Output;
        var read = ps.Run("Get-ChatUnreadCount user_0008 -Peer user_0007 | Set-ChatMessageRead -PassThru").ThrowIfFailed().Objects<ChatUnreadCount>();
        Assert.Equal((2L, 1), (((ChatUnreadCount)counts[0].BaseObject).UnreadCount, (int)counts[^1].BaseObject));
        Assert.Equal(0, Assert.Single(read).UnreadCount);
    }
}
