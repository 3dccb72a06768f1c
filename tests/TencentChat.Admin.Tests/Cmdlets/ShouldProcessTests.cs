using System.Management.Automation;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>Every data-changing cmdlet asks ShouldProcess for each target before it sends anything.</summary>
public sealed class ShouldProcessTests(SharedPowerShellScope shared) : IClassFixture<SharedPowerShellScope>
{
    /// <summary>
    /// Each data-changing cmdlet on two targets (one for the group-level ones), the command it sends when allowed, and
    /// its ConfirmImpact: High for what destroys (a conversation, possibly with its history; a whole group).
    /// </summary>
    public static TheoryData<string, string, int, ConfirmImpact> Writes => new()
    {
        { "Remove-ChatConversation user_0001 -ConversationId c2c_user_0002, c2c_user_0003", "delete", 2, ConfirmImpact.High },
        { "Remove-ChatConversation user_0001 -ConversationId c2c_user_0002, c2c_user_0003 -ClearHistory -Force", "delete", 2, ConfirmImpact.High },
        { "Set-ChatConversationMark user_0001 -ConversationId c2c_user_0002, c2c_user_0003 -Set Star", "mark_contact", 2, ConfirmImpact.Medium },
        { "Set-ChatConversationPin user_0001 -ConversationId c2c_user_0002, c2c_user_0003", "top", 2, ConfirmImpact.Medium },
        { "New-ChatContactGroup user_0001 -Name fresh -PeerAccount user_0002, user_0003", "create_contact_group", 1, ConfirmImpact.Medium },
        { "Rename-ChatContactGroup user_0001 -Name group_0001 -NewName renamed", "update_contact_group", 1, ConfirmImpact.Medium },
        { "Remove-ChatContactGroup user_0001 -Name group_0001, group_0002", "del_contact_group", 2, ConfirmImpact.High },
        { "Add-ChatContactGroupMember user_0001 -ContactGroupName group_0002 -PeerAccount user_0003, user_0004", "update_contact_group", 2, ConfirmImpact.Medium },
        { "Remove-ChatContactGroupMember user_0001 -ContactGroupName group_0001 -PeerAccount user_0002, user_0003", "update_contact_group", 2, ConfirmImpact.Medium },
        { "New-ChatAccount -UserId new_0001, new_0002", "multiaccount_import", 2, ConfirmImpact.Medium },
        { "Remove-ChatAccount -UserId user_0011, user_0012", "account_delete", 2, ConfirmImpact.High },
        { "Disconnect-ChatUser -UserId user_0001, user_0002", "kick", 2, ConfirmImpact.High },
    };

    /// <summary>Each write with -WhatIf, and with -Confirm answered "No" (by <see cref="RecordingHost"/>) for every target.</summary>
    public static TheoryData<string, string, string, int> Declined()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (string declining in new[] { "-WhatIf", "-Confirm" })
            foreach (var write in Writes)
                data.Add((string)write[0], declining, (string)write[1], (int)write[2]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void Declined_for_every_target_it_sends_nothing(string command, string declining, string apiCommand, int targets)
    {
        var ps = shared.Reset();

        var run = ps.Run(command + " " + declining);

        Assert.Null(run.Terminating);
        Assert.Empty(run.Errors);
        Assert.Empty(run.Output);
        Assert.Equal(targets, ps.Host.ShouldProcessTargets.Count);
        Assert.Equal(declining == "-Confirm" ? targets : 0, ps.Host.Declined);
        Assert.Equal(0, ps.Emulator.Requests(apiCommand));
        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    /// <summary>Under the default $ConfirmPreference (High) only the High-impact cmdlets ask without -Confirm; the others send.</summary>
    [Theory]
    [MemberData(nameof(Writes))]
    public void Without_Confirm_only_a_high_impact_cmdlet_asks(string command, string apiCommand, int targets, ConfirmImpact impact)
    {
        var ps = shared.Reset();

        var run = ps.Run(command);

        Assert.Null(run.Terminating);
        Assert.Empty(run.Errors);
        if (impact == ConfirmImpact.High)
        {
            Assert.Equal(targets, ps.Host.Declined);
            Assert.Equal(0, ps.Emulator.AllRequests);
        }
        else
        {
            Assert.Equal(0, ps.Host.Declined);
            Assert.InRange(ps.Emulator.Requests(apiCommand), 1, targets);
        }
    }

    /// <summary>Allowed with -Confirm:$false, every one of them sends: the request counters above do see these cmdlets' requests.</summary>
    [Theory]
    [MemberData(nameof(Writes))]
    public void Confirmed_the_same_command_sends_its_requests(string command, string apiCommand, int targets, ConfirmImpact _)
    {
        var ps = shared.Reset();

        var run = ps.Run(command + " -Confirm:$false");

        Assert.Null(run.Terminating);
        Assert.Empty(run.Errors);
        Assert.Equal(0, ps.Host.Declined);
        Assert.InRange(ps.Emulator.Requests(apiCommand), 1, targets);
    }
}
