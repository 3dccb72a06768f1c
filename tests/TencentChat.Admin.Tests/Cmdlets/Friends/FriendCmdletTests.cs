using System.Text.Json.Nodes;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Cmdlets.Friends;

/// <summary>The relationship cmdlets in a real runspace against the emulator (demo seed: user_0001..user_0012, AllowType unset = NeedConfirm).</summary>
public sealed class FriendCmdletTests
{
    private static Task<PowerShellScope> StartAsync() =>
        PowerShellScope.StartAsync(new EmulatorOptions { RateLimit = 200 }, settings => settings.RateLimitPerSecond = 200);

    private static void AllowAny(PowerShellScope ps, IEnumerable<string> users)
    {
        foreach (string user in users)
        {
            ps.Emulator.Host.State.AddUser(user);
            ps.Emulator.Host.State.ProfileOf(user)!.SetAll(new[] { KeyValuePair.Create("Tag_Profile_IM_AllowType", (JsonNode)"AllowType_Type_AllowAny") });
        }
    }

    private const string Ids = "$ids = foreach ($i in 1..300) { 'f_{0:D4}' -f $i }\n";

    [Fact]
    public async Task Three_hundred_friends_added_both_ways_stream_300_exactly_once_on_each_side()
    {
        await using var ps = await StartAsync();
        AllowAny(ps, Enumerable.Range(1, 300).Select(i => $"f_{i:D4}"));

        var added = ps.Run(Ids + "Add-ChatFriend -Account user_0001 -Friend $ids -Both").ThrowIfFailed().Objects<ChatFriendChange>();
        Assert.Equal(300, added.Count(c => c.Result == "Added"));
        Assert.Equal(3, ps.Emulator.Requests("friend_add"));

        var mine = ps.Run("Get-ChatFriend -Account user_0001").ThrowIfFailed().Objects<ChatFriend>();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => $"f_{i:D4}"), mine.Select(f => f.Friend));
        Assert.Equal(3, ps.Emulator.Requests("friend_get"));

        var theirs = ps.Run(Ids + "$ids | Get-ChatFriend -ThrottleLimit 16").ThrowIfFailed().Objects<ChatFriend>();
        Assert.Equal(300, theirs.Count);
        Assert.Equal(300, theirs.Select(f => f.Account).Distinct().Count());
        Assert.All(theirs, f => Assert.Equal("user_0001", f.Friend));
    }

    [Fact]
    public async Task Get_ChatFriend_streams_lazily_First_5_sends_one_request()
    {
        await using var ps = await StartAsync();
        AllowAny(ps, Enumerable.Range(1, 300).Select(i => $"f_{i:D4}"));
        ps.Run(Ids + "Add-ChatFriend -Account user_0001 -Friend $ids | Out-Null").ThrowIfFailed();
        long before = ps.Emulator.Requests("friend_get");

        var first = ps.Run("Get-ChatFriend -Account user_0001 | Select-Object -First 5").ThrowIfFailed();

        Assert.Equal(5, first.Output.Count);
        Assert.Equal(1, ps.Emulator.Requests("friend_get") - before);
    }

    [Fact]
    public async Task An_account_with_AllowType_NeedConfirm_yields_Pending_not_a_failure_and_Force_adds()
    {
        await using var ps = await StartAsync();

        var run = ps.Run("Add-ChatFriend -Account user_0001 -Friend user_0002; Add-ChatFriend -Account user_0001 -Friend user_0003 -Force").ThrowIfFailed();

        Assert.Empty(run.Errors);
        Assert.Equal(new[] { "Pending", "Added" }, run.Objects<ChatFriendChange>().Select(c => c.Result));
    }

    [Fact]
    public async Task Blocking_removes_the_friendship_both_ways_and_Test_ChatBlockedUser_says_so()
    {
        await using var ps = await StartAsync();

        var run = ps.Run("""
            Add-ChatFriend -Account user_0001 -Friend user_0002 -Both -Force | Out-Null
            Block-ChatUser -Account user_0001 -User user_0002 | Out-Null
            Test-ChatFriend -Account user_0001 -Friend user_0002 -Both
            Test-ChatFriend -Account user_0002 -Friend user_0001 -Both
            Test-ChatBlockedUser -Account user_0001 -User user_0002 -Both
            Get-ChatBlockedUser -Account user_0001
            """).ThrowIfFailed();

        Assert.Equal(new[] { "NoRelation", "NoRelation" }, run.Objects<ChatFriendRelation>().Select(r => r.Relation));
        Assert.Equal("AWithB", Assert.Single(run.Objects<ChatBlockRelation>()).Relation);
        Assert.Equal("user_0002", Assert.Single(run.Objects<ChatBlockedUser>()).User);
    }

    [Theory]
    [InlineData("Add-ChatFriend -Account user_0001 -Friend user_0002, user_0003 -Both -WhatIf")]
    [InlineData("Remove-ChatFriend -Account user_0001 -All -WhatIf")]
    [InlineData("Remove-ChatFriend -Account user_0001 -Friend user_0002 -WhatIf")]
    [InlineData("Block-ChatUser -Account user_0001 -User user_0002 -WhatIf")]
    [InlineData("Set-ChatFriend -Account user_0001 -Friend user_0002 -Remark x -WhatIf")]
    [InlineData("New-ChatFriendGroup -Account user_0001 -Name Work -WhatIf")]
    [InlineData("Remove-ChatFriendGroup -Account user_0001 -Name Work -WhatIf")]
    public async Task WhatIf_sends_nothing(string script)
    {
        await using var ps = await StartAsync();

        ps.Run(script).ThrowIfFailed();

        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    [Theory]
    [InlineData("Add-ChatFriend -Account user_0001 -Friend user_0002 -Remark ('r' * 97)", "InvalidFriendValue")]
    [InlineData("Add-ChatFriend -Account user_0001 -Friend user_0002 -AddSource 'Web 2'", "InvalidFriendValue")]
    [InlineData("Add-ChatFriend -Account user_0001 -Friend ('x' * 33)", "InvalidAccount")]
    [InlineData("Set-ChatFriend -Account user_0001 -Friend user_0002", "NoFriendChange")]
    [InlineData("Test-ChatFriend -Account '' -Friend user_0002", "InvalidAccount")]
    public async Task Bad_input_is_an_ErrorRecord_before_any_request(string script, string errorId)
    {
        await using var ps = await StartAsync();

        var run = ps.Run(script);

        Assert.Contains(errorId, run.ErrorIds);
        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    [Fact]
    public async Task A_friend_table_round_trips_through_CSV_with_Import_including_remark_lists_and_time()
    {
        await using var ps = await StartAsync();
        string csv = Path.Combine(Path.GetTempPath(), $"friends-{Guid.NewGuid():N}.csv");
        try
        {
            var run = ps.Run($"""
                Add-ChatFriend -Account user_0001 -Friend user_0002, user_0003 -Force -Remark 'r;1' -Group Team | Out-Null
                Set-ChatFriend -Account user_0001 -Friend user_0003 -Group Work, 'x;y' | Out-Null
                $before = Get-ChatFriend -Account user_0001
                $before | Export-Csv '{csv}' -NoTypeInformation
                Remove-ChatFriend -Account user_0001 -All -Confirm:$false | Out-Null
                Import-Csv '{csv}' | Add-ChatFriend -Import | Out-Null
                $after = Get-ChatFriend -Account user_0001
                ($before | ConvertTo-Csv) -join "`n"
                ($after | ConvertTo-Csv) -join "`n"
                """).ThrowIfFailed();

            var texts = run.Output.Select(o => o.BaseObject).OfType<string>().ToList();
            Assert.Equal(2, texts.Count);
            Assert.Equal(texts[0], texts[1]);
            Assert.Contains("\"Team\"", texts[0]);
            Assert.Contains("Work;x\\;y", texts[0]);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public async Task Friend_lists_are_made_read_and_deleted()
    {
        await using var ps = await StartAsync();

        var run = ps.Run("""
            Add-ChatFriend -Account user_0002 -Friend user_0003 -Force | Out-Null
            New-ChatFriendGroup -Account user_0002 -Name Work, Gym -Friend user_0003 | Out-Null
            Remove-ChatFriendGroup -Account user_0002 -Name Gym -Confirm:$false
            Get-ChatFriendGroup -Account user_0002
            """).ThrowIfFailed();

        var group = Assert.Single(run.Objects<ChatFriendGroup>());
        Assert.Equal(("Work", "user_0003"), (group.Name, group.Friends.ToString()));
    }

    [Fact]
    public async Task Custom_friend_fields_round_trip_through_Import_CustomJson_and_Set_ChatFriend_Custom()
    {
        await using var ps = await StartAsync();
        using (var http = new HttpClient { BaseAddress = ps.Emulator.Host.BaseAddress })
        using (var content = new StringContent("""{"FriendCustomTags":["Level"]}""", System.Text.Encoding.UTF8, "application/json"))
            (await http.PostAsync("_emulator/settings", content)).EnsureSuccessStatusCode();

        var run = ps.Run("""
            [pscustomobject]@{ Account = 'user_0001'; Friend = 'user_0002'; CustomJson = '{"Level":"gold"}'; AddTime = '2019-07-23T07:37:00Z' } | Add-ChatFriend -Import | Out-Null
            Set-ChatFriend -Account user_0001 -Friend user_0002 -Custom @{ Level = 'silver' } -Remark 'Mei' | Out-Null
            Get-ChatFriend -Account user_0001
            """).ThrowIfFailed();

        var friend = Assert.Single(run.Objects<ChatFriend>());
        Assert.Equal(("silver", "Mei", "2019-07-23T07:37:00Z"), (friend.Custom["Level"], friend.Remark, friend.AddTimeIso));
    }
}
