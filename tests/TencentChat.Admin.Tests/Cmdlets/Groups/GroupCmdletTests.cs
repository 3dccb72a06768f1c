using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Groups;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Cmdlets.Groups;

/// <summary>
/// The group cmdlets in a real runspace against the emulator (demo seed: user_0001..user_0012), with rate limiting on at
/// both ends; request counts per command come from the emulator's stats.
/// </summary>
public sealed class GroupCmdletTests
{
    private static Task<PowerShellScope> StartAsync() =>
        PowerShellScope.StartAsync(new EmulatorOptions { RateLimit = 200 }, settings => settings.RateLimitPerSecond = 200);

    private static string Team(PowerShellScope ps, GroupType type = GroupType.Public)
    {
        string id = ps.Emulator.Host.State.CreateGroup(type, "Team", "user_0001", type == GroupType.Community ? "@TGS#_team" : "team");
        ps.Emulator.Host.State.AddGroupMember(id, "user_0002");
        return id;
    }

    [Fact]
    public async Task Get_ChatGroup_Select_First_3_sends_one_listing_and_one_profile_request()
    {
        await using var ps = await StartAsync();
        for (int i = 0; i < 120; i++) ps.Emulator.Host.State.CreateGroup(GroupType.Public, "g" + i);

        var run = ps.Run("Get-ChatGroup | Select-Object -First 3").ThrowIfFailed();

        Assert.Equal(3, run.Objects<ChatGroup>().Count);
        Assert.Equal((1, 1), (ps.Emulator.Requests("get_appid_group_list"), ps.Emulator.Requests("get_group_info")));

        var all = ps.Run("Get-ChatGroup").ThrowIfFailed().Objects<ChatGroup>();
        Assert.Equal(120, all.Count);
        Assert.Equal(1 + 3, ps.Emulator.Requests("get_group_info"));
    }

    [Fact]
    public async Task Get_ChatGroup_GroupId_writes_a_missing_group_as_ChatGroupNotFound_targeting_its_id()
    {
        await using var ps = await StartAsync();
        Team(ps);

        var run = ps.Run("'team', 'nosuch' | Get-ChatGroup");

        Assert.Equal(new[] { "team" }, run.Objects<ChatGroup>().Select(g => g.GroupId));
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("ChatGroupNotFound,TencentChat.Admin.Commands.GetChatGroupCommand", error.FullyQualifiedErrorId);
        Assert.Equal("nosuch", error.TargetObject);
        Assert.Equal(System.Management.Automation.ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(1, ps.Emulator.Requests("get_group_info"));
    }

    [Theory]
    [InlineData("New-ChatGroup -Name Team -GroupId '@TGS#2MINE'", "InvalidGroupId")]
    [InlineData("New-ChatGroup -Name ''", "InvalidGroupName")]
    [InlineData("New-ChatGroup -Name Team -Type Secret", "InvalidGroupType")]
    [InlineData("Get-ChatGroup -Type Secret", "InvalidGroupType")]
    [InlineData("Add-ChatGroupMember -GroupId team -Account ' padded '", "InvalidAccount")]
    [InlineData("Set-ChatGroupMember -GroupId team -Account user_0002", "NoGroupMemberChange")]
    [InlineData("Set-ChatGroupMember -GroupId team -Account user_0002 -MuteFor -00:01:00", "InvalidMuteDuration")]
    [InlineData("Set-ChatGroup -GroupId team", "NoGroupChange")]
    public async Task Bad_input_is_an_ErrorRecord_with_a_stable_id_and_no_request(string script, string errorId)
    {
        await using var ps = await StartAsync();
        long before = ps.Emulator.AllRequests;

        var run = ps.Run(script);

        var record = run.TerminatingRecord ?? Assert.Single(run.Errors);
        Assert.StartsWith(errorId + ",", record.FullyQualifiedErrorId);
        Assert.Equal(before, ps.Emulator.AllRequests);
    }

    [Fact]
    public async Task WhatIf_sends_nothing()
    {
        await using var ps = await StartAsync();
        Team(ps);
        long before = ps.Emulator.AllRequests;

        ps.Run("Remove-ChatGroup -GroupId team -WhatIf; Add-ChatGroupMember -GroupId team -Account user_0003 -WhatIf; " +
               "Remove-ChatGroupMember -GroupId team -Account user_0002 -WhatIf; Set-ChatGroupMember -GroupId team -Account user_0002 -MuteFor 00:10:00 -WhatIf; " +
               "Set-ChatGroup -GroupId team -MuteAll -WhatIf; Set-ChatGroupOwner -GroupId team -Account user_0002 -WhatIf; New-ChatGroup -Name x -WhatIf").ThrowIfFailed();

        Assert.Equal(before, ps.Emulator.AllRequests);
    }

    [Fact]
    public async Task Remove_ChatGroup_unattended_is_ConfirmationRequired_targeting_the_group_and_sends_nothing()
    {
        await using var ps = await PowerShellScope.StartAsync(host: new NonInteractiveHost(false));
        Team(ps);

        var run = ps.Run("Remove-ChatGroup -GroupId team");

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("ConfirmationRequired,", error.FullyQualifiedErrorId);
        Assert.Equal("team", Assert.IsType<ChatGroupChange>(error.TargetObject).GroupId);
        Assert.Equal(0, ps.Emulator.Requests("destroy_group"));
        Assert.True(ps.Emulator.Host.State.GroupExists("team"));
    }

    [Fact]
    public async Task Add_ChatGroupMember_sends_20_per_request_and_writes_each_member_in_input_order()
    {
        await using var ps = await StartAsync();
        Team(ps);
        for (int i = 0; i < 45; i++) ps.Emulator.Host.State.AddUser($"add_{i:D2}");

        var run = ps.Run("$ids = foreach ($i in 0..44) { 'add_{0:D2}' -f $i; if ($i -eq 7) { 'ghost' } }; $ids | Add-ChatGroupMember -GroupId team -ThrottleLimit 4");

        Assert.Equal(3, ps.Emulator.Requests("add_group_member"));
        var changes = run.Objects<ChatGroupMemberChange>();
        Assert.Equal(Enumerable.Range(0, 45).Select(i => $"add_{i:D2}"), changes.Select(c => c.Account));
        Assert.All(changes, c => Assert.Equal(ChatGroupMemberResult.Added, c.Result));
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("GroupMemberNotAdded,", error.FullyQualifiedErrorId);
        var target = Assert.IsType<ChatGroupMemberChange>(error.TargetObject);
        Assert.Equal(("team", "ghost", ChatGroupMemberResult.Failed), (target.GroupId, target.Account, target.Result));

        var rerun = ps.Run("'add_00', 'add_01' | Add-ChatGroupMember -GroupId team").ThrowIfFailed();
        Assert.All(rerun.Objects<ChatGroupMemberChange>(), c => Assert.Equal(ChatGroupMemberResult.AlreadyMember, c.Result));
    }

    [Fact]
    public async Task Set_ChatGroupMember_mutes_many_through_forbid_send_msg_and_changes_others_one_per_request()
    {
        await using var ps = await StartAsync();
        Team(ps);
        for (int i = 0; i < 600; i++) ps.Emulator.Host.State.AddGroupMember("team", $"m{i:D3}");

        var muted = ps.Run("0..599 | ForEach-Object { 'm{0:D3}' -f $_ } | Set-ChatGroupMember -GroupId team -MuteFor 00:30:00").ThrowIfFailed();
        var changed = ps.Run("'m000', 'm001', 'm002' | Set-ChatGroupMember -GroupId team -NameCard VIP -Role Admin").ThrowIfFailed();

        Assert.Equal(2, ps.Emulator.Requests("forbid_send_msg"));
        Assert.Equal(600, muted.Objects<ChatGroupMemberChange>().Count(c => c.Result == ChatGroupMemberResult.Muted));
        Assert.Equal(3, ps.Emulator.Requests("modify_group_member_info"));
        Assert.Equal(new[] { "m000", "m001", "m002" }, changed.Objects<ChatGroupMemberChange>().Select(c => c.Account));
        var m1 = ps.Emulator.Host.State.GetGroupMembers("team")!.Single(m => m.Account == "m001");
        Assert.Equal((GroupRole.Admin, "VIP"), (m1.Role, m1.NameCard));
        Assert.Equal(600, ps.Run("Get-ChatGroupMember -GroupId team -Muted").ThrowIfFailed().Objects<ChatGroupMember>().Count);
    }

    [Fact]
    public async Task Get_ChatGroup_piped_to_Get_ChatGroupMember_uses_the_Type_and_an_AVChatRoom_is_GroupTypeNotSupported_while_the_others_go_on()
    {
        await using var ps = await StartAsync();
        Team(ps);
        ps.Emulator.Host.State.CreateGroup(GroupType.AVChatRoom, "Live", "user_0001");
        Team(ps, GroupType.Community);

        var run = ps.Run("Get-ChatGroup | Get-ChatGroupMember");

        Assert.Equal(4, run.Objects<ChatGroupMember>().Count);
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("GroupTypeNotSupported,", error.FullyQualifiedErrorId);
        Assert.Contains("AVChatRoom", error.ToString());
        Assert.Equal(1, ps.Emulator.Requests("get_group_info"));
        Assert.Equal(2, ps.Emulator.Requests("get_group_member_info"));
    }

    [Fact]
    public async Task Get_ChatGroupMember_Role_and_Account_read_what_was_asked()
    {
        await using var ps = await StartAsync();
        Team(ps);

        var owners = ps.Run("Get-ChatGroupMember -GroupId team -Role Owner").ThrowIfFailed().Objects<ChatGroupMember>();
        var named = ps.Run("Get-ChatGroupMember -GroupId team -Account user_0002, stranger");

        Assert.Equal(new[] { "user_0001" }, owners.Select(m => m.Account));
        Assert.Equal(new[] { "user_0002" }, named.Objects<ChatGroupMember>().Select(m => m.Account));
        Assert.StartsWith("ChatGroupMemberNotFound,", Assert.Single(named.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public async Task New_Set_owner_and_Remove_round_trip_with_a_CSV_edit()
    {
        await using var ps = await StartAsync();
        string csv = Path.Combine(Path.GetTempPath(), $"groups-{Guid.NewGuid():N}.csv");
        try
        {
            var created = ps.Run("New-ChatGroup -Name 'Support' -Type Work -GroupId support -Owner user_0001 -Member user_0002 -Admin user_0003").Objects<ChatGroup>();
            Assert.Equal((ChatGroupType.Private, 3), (created.Single().Type, created.Single().MemberCount));

            ps.Run($"Get-ChatGroup -GroupId support | Export-Csv '{csv}' -NoTypeInformation; " +
                   $"Import-Csv '{csv}' | ForEach-Object {{ $_.Name = 'Support EU'; $_ }} | Set-ChatGroup").ThrowIfFailed();
            var owner = ps.Run("Set-ChatGroupOwner -GroupId support -Account user_0002 -Confirm:$false").ThrowIfFailed().Objects<ChatGroupChange>();
            var joined = ps.Run("Get-ChatGroup -Account user_0002").ThrowIfFailed().Objects<ChatGroup>();
            var removed = ps.Run("Remove-ChatGroup -GroupId support -Confirm:$false").ThrowIfFailed().Objects<ChatGroupChange>();

            Assert.True(owner.Single().Succeeded);
            Assert.Equal(("Support EU", ChatGroupRole.Owner), (joined.Single().Name, joined.Single().Role!.Value));
            Assert.True(removed.Single().Succeeded);
            Assert.False(ps.Emulator.Host.State.GroupExists("support"));
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public async Task Member_writes_account_for_every_item_in_input_order_under_30_percent_faults()
    {
        await using var ps = await StartAsync();
        Team(ps);
        for (int i = 0; i < 100; i++) ps.Emulator.Host.State.AddUser($"f{i:D3}");
        ps.Emulator.Host.Faults = new FaultSettings
        {
            Rates = new Dictionary<FaultKind, double> { [FaultKind.ServerError50004] = 0.1, [FaultKind.Timeout50005] = 0.1, [FaultKind.Throttle] = 0.1 },
            Seed = 7,
        };
        const string Ids = "$ids = 0..99 | ForEach-Object { 'f{0:D3}' -f $_ }; ";

        foreach (string command in new[]
        {
            "Add-ChatGroupMember -GroupId team", "Set-ChatGroupMember -GroupId team -MuteFor 00:05:00", "Remove-ChatGroupMember -GroupId team -Confirm:$false",
        })
        {
            var run = ps.Run(Ids + "$ids | " + command + " -ThrottleLimit 4");

            // Every member once: written, or an error targeting its change; the written ones in input order (f000 < f001 ...).
            var written = run.Objects<ChatGroupMemberChange>().Select(c => c.Account).ToList();
            var failed = run.Errors.Select(e => Assert.IsType<ChatGroupMemberChange>(e.TargetObject).Account).ToList();
            Assert.Equal(Enumerable.Range(0, 100).Select(i => $"f{i:D3}"), written.Concat(failed).OrderBy(a => a, StringComparer.Ordinal));
            Assert.Equal(written.OrderBy(a => a, StringComparer.Ordinal), written);
        }
        Assert.True(ps.Emulator.Host.Stats.FaultsInjected.Values.Sum() > 0, "faults were injected");
    }
}
