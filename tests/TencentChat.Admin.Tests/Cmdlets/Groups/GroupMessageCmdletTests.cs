using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Groups;
using TencentChat.Emulator.Groups.Messages;

namespace TencentChat.Admin.Tests.Cmdlets.Groups;

/// <summary>The group message cmdlets in a real runspace against the emulator (demo seed: user_0001..user_0012).</summary>
public sealed class GroupMessageCmdletTests
{
    private static string NewGroup(PowerShellScope ps, string? id = null, int messages = 0)
    {
        string groupId = ps.Emulator.Host.State.CreateGroup(GroupType.Public, "room", "user_0001", id);
        ps.Emulator.Host.State.AddGroupMember(groupId, "user_0002");
        ps.Emulator.Host.State.AddGroupMember(groupId, "user_0003");
        for (int i = 1; i <= messages; i++)
            ps.Emulator.Host.State.AppendGroupMessage(groupId, i % 3 == 0 ? "user_0003" : "user_0002",
                $$$"""[{"MsgType":"TIMTextElem","MsgContent":{"Text":"m{{{i}}}"}}]""", random: (uint)i);
        return groupId;
    }

    [Fact]
    public async Task Send_ChatGroupMessage_fans_out_over_piped_groups_with_one_result_each_and_WhatIf_sends_nothing()
    {
        await using var ps = await PowerShellScope.StartAsync();
        string[] ids = { NewGroup(ps, "room-a"), NewGroup(ps, "room-b"), NewGroup(ps, "room-c") };

        var whatIf = ps.Run("'room-a', 'room-b' | Send-ChatGroupMessage -Text 'hi' -WhatIf").ThrowIfFailed();
        Assert.Equal(0, ps.Emulator.Requests("send_group_msg"));
        Assert.Empty(whatIf.Output);

        var run = ps.Run("""
            'room-a', 'room-b', 'room-c' | Send-ChatGroupMessage -Text 'Deploy finished' -From user_0002 -Priority High -Confirm:$false
            """).ThrowIfFailed();

        var sent = run.Objects<ChatGroupMessageChange>();
        Assert.Equal(ids, sent.Select(s => s.GroupId).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(sent, s => Assert.Equal((true, 1L, "Send"), (s.Succeeded, s.MsgSeq, s.Action)));
        Assert.Equal(3, ps.Emulator.Requests("send_group_msg"));
        var stored = Assert.Single(ps.Emulator.Host.State.GetGroupMessages("room-b")!);
        Assert.Equal(("user_0002", """[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Deploy finished"}}]""", 1), (stored.Sender, stored.BodyJson, stored.Priority));
    }

    [Fact]
    public async Task Send_ChatGroupMessage_takes_a_hashtable_body_and_refuses_bad_input_before_any_request()
    {
        await using var ps = await PowerShellScope.StartAsync();
        NewGroup(ps, "room-a");

        ps.Run("""Send-ChatGroupMessage -GroupId room-a -MsgBody @{ MsgType = 'TIMCustomElem'; MsgContent = @{ Data = '{"k":1}'; Desc = 'poll' } } -Confirm:$false""").ThrowIfFailed();
        var badJson = ps.Run("Send-ChatGroupMessage -GroupId room-a -MsgBody '[{\"MsgType\":' -Confirm:$false");
        var tooLarge = ps.Run("Send-ChatGroupMessage -GroupId room-a -Text ('x' * 13000) -Confirm:$false");
        var badGroup = ps.Run("'', 'room-a' | Send-ChatGroupMessage -Text 'ok' -Confirm:$false");

        var custom = ps.Emulator.Host.State.GetGroupMessages("room-a")![0];
        Assert.Contains("\"MsgType\":\"TIMCustomElem\"", custom.BodyJson);
        Assert.Equal("InvalidMsgBody", badJson.TerminatingRecord!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("MessageTooLarge", tooLarge.TerminatingRecord!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(new[] { "InvalidGroupId" }, badGroup.ErrorIds);
        Assert.Equal(2, ps.Emulator.Requests("send_group_msg"));
    }

    [Fact]
    public async Task A_dropped_message_is_a_GroupMessageDropped_error_whose_target_pipes_back()
    {
        await using var ps = await PowerShellScope.StartAsync();
        NewGroup(ps, "room-a");
        await TencentChat.Admin.Tests.Groups.GroupMessageOperationsTestsAccess.SettingsAsync(ps.Emulator, """{"GroupMsgDropReason":"MsgFreqCtrl"}""");

        var run = ps.Run("Send-ChatGroupMessage -GroupId room-a -Text 'hi' -Confirm:$false -ErrorVariable global:failed");
        await TencentChat.Admin.Tests.Groups.GroupMessageOperationsTestsAccess.SettingsAsync(ps.Emulator, """{"GroupMsgDropReason":""}""");
        var retry = ps.Run("$global:failed | ForEach-Object TargetObject | Send-ChatGroupMessage -Text 'hi' -Confirm:$false").ThrowIfFailed();

        var error = Assert.Single(run.Errors);
        Assert.Equal("GroupMessageDropped", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("room-a", Assert.IsType<ChatGroupMessageChange>(error.TargetObject).GroupId);
        Assert.Equal(1L, Assert.Single(retry.Objects<ChatGroupMessageChange>()).MsgSeq);
    }

    [Fact]
    public async Task Get_ChatGroupMessage_First_5_is_one_request_and_Select_First_3_stops_after_the_first_page()
    {
        await using var ps = await PowerShellScope.StartAsync();
        NewGroup(ps, "room-a", messages: 45);

        var first = ps.Run("Get-ChatGroupMessage -GroupId room-a -First 5").ThrowIfFailed();
        long afterFirst = ps.Emulator.Requests("group_msg_get_simple");
        var select = ps.Run("Get-ChatGroupMessage -GroupId room-a | Select-Object -First 3").ThrowIfFailed();
        long afterSelect = ps.Emulator.Requests("group_msg_get_simple");
        var all = ps.Run("Get-ChatGroupMessage -GroupId room-a -Skip 40").ThrowIfFailed();

        Assert.Equal(new long[] { 45, 44, 43, 42, 41 }, first.Objects<ChatGroupMessage>().Select(m => m.MsgSeq));
        Assert.Equal(1, afterFirst);
        Assert.Equal(3, select.Objects<ChatGroupMessage>().Count);
        Assert.Equal(1, afterSelect - afterFirst);
        Assert.Equal(new long[] { 5, 4, 3, 2, 1 }, all.Objects<ChatGroupMessage>().Select(m => m.MsgSeq));
        Assert.Equal("m1", all.Objects<ChatGroupMessage>()[^1].Text);
    }

    [Fact]
    public async Task Piped_history_recalls_10_per_request_with_one_result_per_message_and_WhatIf_sends_nothing()
    {
        await using var ps = await PowerShellScope.StartAsync();
        NewGroup(ps, "room-a", messages: 45);

        ps.Run("Get-ChatGroupMessage -GroupId room-a | Where-Object From -eq user_0003 | Remove-ChatGroupMessage -WhatIf").ThrowIfFailed();
        Assert.Equal(0, ps.Emulator.Requests("group_msg_recall"));

        var run = ps.Run("Get-ChatGroupMessage -GroupId room-a | Where-Object From -eq user_0003 | Remove-ChatGroupMessage -Confirm:$false").ThrowIfFailed();
        var missing = ps.Run("Remove-ChatGroupMessage -GroupId room-a -MsgSeq 3, 99 -Confirm:$false");

        var recalled = run.Objects<ChatGroupMessageChange>();
        Assert.Equal(Enumerable.Range(1, 15).Select(i => 48L - 3 * i), recalled.Select(r => r.MsgSeq));
        Assert.All(recalled, r => Assert.True(r.Succeeded));
        Assert.Equal(2 + 1, ps.Emulator.Requests("group_msg_recall"));
        Assert.All(ps.Emulator.Host.State.GetGroupMessages("room-a")!, m => Assert.Equal(m.Sender == "user_0003", m.IsRecalled));
        Assert.Equal(new[] { "GroupMessageNotFound", "GroupMessageNotFound" }, missing.ErrorIds);
        Assert.Equal(10030, Assert.IsType<ChatGroupMessageChange>(missing.Errors[1].TargetObject).ResultCode);
    }

    [Fact]
    public async Task Remove_ChatGroupMessage_Sender_and_Send_ChatGroupNotification_go_per_group()
    {
        await using var ps = await PowerShellScope.StartAsync();
        NewGroup(ps, "room-a", messages: 6);
        NewGroup(ps, "room-b", messages: 6);

        var recall = ps.Run("'room-a', 'room-b' | Remove-ChatGroupMessage -Sender user_0002 -Confirm:$false").ThrowIfFailed();
        var notice = ps.Run("Send-ChatGroupNotification -GroupId room-a, room-b -Content 'Maintenance tonight' -ToMember user_0002 -Confirm:$false").ThrowIfFailed();

        Assert.Equal(new[] { "room-a", "room-b" }, recall.Objects<ChatGroupMessageChange>().Select(r => r.GroupId).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(2, ps.Emulator.Requests("delete_group_msg_by_sender"));
        Assert.Equal(4, ps.Emulator.Host.State.GetGroupMessages("room-b")!.Count(m => m.IsRecalled));
        Assert.Equal(2, notice.Objects<ChatGroupMessageChange>().Count(n => n.Action == "Notify" && n.Succeeded));
        Assert.Equal(new[] { "user_0002" }, Assert.Single(ps.Emulator.Host.State.GetGroupNotifications("room-b")).ToMembers);
    }
}
