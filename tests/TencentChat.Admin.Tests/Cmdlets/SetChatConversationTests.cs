using System.Management.Automation;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using ConversationKind = TencentChat.Emulator.State.ConversationKind;

namespace TencentChat.Admin.Tests.Cmdlets;

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
}
