using System.Text;
using System.Text.Json.Nodes;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Friends;

/// <summary>The relationship family's operations over real loopback HTTP against the emulator (demo seed: user_0001..user_0012).</summary>
public class FriendOperationsTests
{
    private static void AllowAny(EmulatorFixture emulator, params string[] users)
    {
        foreach (string user in users)
            emulator.Host.State.ProfileOf(user)!.SetAll(new[] { KeyValuePair.Create("Tag_Profile_IM_AllowType", (JsonNode)"AllowType_Type_AllowAny") });
    }

    private static IReadOnlyList<FriendItem> Adds(params string[] friends) =>
        friends.Select(f => FriendWrites.PrepareAdd("user_0001", f, null, null, null, null)).ToList();

    private static async Task<List<ChatFriend>> ReadAll(FriendPager pager)
    {
        var all = new List<ChatFriend>();
        while (!pager.IsComplete) all.AddRange(await pager.NextPageAsync(default));
        return all;
    }

    [Fact]
    public async Task Add_reports_Added_AlreadyFriend_and_Pending_per_friend_in_order_and_a_refusal_as_a_failure_targeting_the_change()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        AllowAny(emulator, "user_0002");
        emulator.Host.State.ProfileOf("user_0004")!.SetAll(new[] { KeyValuePair.Create("Tag_Profile_IM_AllowType", (JsonNode)"AllowType_Type_DenyAny") });
        await FriendWrites.AddAsync(session, "user_0001", Adds("user_0002"), both: true, force: false, TestSessions.Log(session), default);

        var changes = await FriendWrites.AddAsync(session, "user_0001", Adds("user_0003", "user_0002", "user_0004"), both: true, force: false, TestSessions.Log(session), default);

        Assert.Equal(new[] { "Pending", "AlreadyFriend", "Failed" }, changes.Select(c => c.Result));
        Assert.Equal(new[] { 30539, 30520, 30516 }, changes.Select(c => c.ResultCode));
        Assert.All(changes.Take(2), c => Assert.Null(c.Failure));
        var failure = Assert.IsType<ChatApiException>(changes[2].Failure);
        Assert.Equal("FriendRequestsDenied", failure.ErrorId);
        Assert.Same(changes[2], failure.Target);
    }

    [Fact]
    public async Task Friend_get_pages_300_friends_in_3_requests_each_once_with_its_data_since_the_sequences_stay_0()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var ids = Enumerable.Range(1, 300).Select(i => $"f_{i:D4}").ToList();
        foreach (string id in ids) emulator.Host.State.AddUser(id);
        var rows = ids.Select(id => FriendWrites.PrepareImport("user_0001", id, "r " + id, new[] { "Team", "a;b" }, "Web", null,
            DateTimeOffset.FromUnixTimeSeconds(1563867420), null)).ToList();
        var imported = await FriendWrites.ImportAsync(session, "user_0001", rows, TestSessions.Log(session), default);
        Assert.All(imported, c => Assert.Equal("Imported", c.Result));

        var friends = await ReadAll(new FriendPager(session, "user_0001", TestSessions.Log(session)));

        Assert.Equal(ids, friends.Select(f => f.Friend));
        Assert.Equal(3, emulator.Requests("friend_get"));
        Assert.All(friends, f => Assert.Equal(("Web", "Team;a\\;b", "2019-07-23T07:37:00Z"), (f.AddSource, f.Groups.ToString(), f.AddTimeIso)));
    }

    [Fact]
    public async Task Friend_get_without_CompleteFlag_ends_at_NextStartIndex_0_and_a_NextStartIndex_that_goes_back_stops()
    {
        await using var ending = await CannedServer.StartAsync((n, context) => CannedServer.Respond(context, 200, "application/json", n == 1
            ? """{"UserDataItem":[{"To_Account":"a","ValueItem":[]}],"NextStartIndex":1,"ActionStatus":"OK","ErrorCode":0}"""
            : """{"UserDataItem":[{"To_Account":"b"}],"NextStartIndex":0,"ActionStatus":"OK","ErrorCode":0}"""));
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession(s => s.Endpoint = ending.BaseAddress);
        Assert.Equal(new[] { "a", "b" }, (await ReadAll(new FriendPager(session, "user_0001", TestSessions.Log(session)))).Select(f => f.Friend));
        Assert.All(ending.Requests, r => Assert.Contains("\"StandardSequence\":0,\"CustomSequence\":0", r.Body));

        await using var looping = await CannedServer.JsonAsync("""{"UserDataItem":[],"CompleteFlag":0,"NextStartIndex":0,"ActionStatus":"OK","ErrorCode":0}""");
        var stuck = emulator.OpenSession(s => s.Endpoint = looping.BaseAddress);
        var e = await Assert.ThrowsAsync<ChatProtocolException>(() => ReadAll(new FriendPager(stuck, "user_0001", TestSessions.Log(stuck))));
        Assert.Equal("NonAdvancingCursor", e.ErrorId);
    }

    [Fact]
    public async Task Blocking_removes_the_friendship_both_ways_a_repeat_is_AlreadyBlocked_and_checks_say_so()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        await FriendWrites.AddAsync(session, "user_0001", Adds("user_0002"), both: true, force: true, log, default);
        Assert.Equal("BothWay", (await FriendChecks.CheckFriendsAsync(session, "user_0001", new[] { "user_0002" }, true, log, default)).Single().Relation);

        var blocked = await FriendWrites.BlockAsync(session, "user_0001", new[] { "user_0002", "user_0002" }.Select(u => FriendWrites.PrepareTarget("user_0001", u, "Block")).ToList(), log, default);

        Assert.Equal(new[] { "Blocked", "AlreadyBlocked" }, blocked.Select(c => c.Result));
        Assert.Equal("NoRelation", (await FriendChecks.CheckFriendsAsync(session, "user_0002", new[] { "user_0001" }, true, log, default)).Single().Relation);
        Assert.Equal("AWithB", (await FriendChecks.CheckBlocksAsync(session, "user_0001", new[] { "user_0002" }, true, log, default)).Single().Relation);
        Assert.Equal("BWithA", (await FriendChecks.CheckBlocksAsync(session, "user_0002", new[] { "user_0001" }, true, log, default)).Single().Relation);
        Assert.Equal("NO", (await FriendChecks.CheckBlocksAsync(session, "user_0002", new[] { "user_0001" }, false, log, default)).Single().Relation);
    }

    [Fact]
    public async Task Black_list_get_reads_CurrentSequence_when_CurruentSequence_is_absent()
    {
        await using var server = await CannedServer.JsonAsync(
            """{"BlackListItem":[{"To_Account":"x","AddBlackTimeStamp":1430000001}],"StartIndex":0,"CurrentSequence":13,"ActionStatus":"OK","ErrorCode":0}""");
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession(s => s.Endpoint = server.BaseAddress);
        var pager = new BlockedUserPager(session, "user_0001", TestSessions.Log(session));

        var page = await pager.NextPageAsync(default);

        Assert.True(pager.IsComplete);
        Assert.Equal(13, pager.Sequence);
        Assert.Equal(("x", "2015-04-25T22:13:21Z"), (page.Single().User, page.Single().AddTimeIso));
        Assert.Contains("\"LastSequence\":0", server.Requests.Single().Body);
    }

    [Theory]
    [InlineData(97, null, null, "Remark is 97 bytes")]
    [InlineData(0, "Web1", null, "AddSource 'Web1'")]
    [InlineData(0, null, "Work;Gym", "one friend list at most")]
    public void Add_items_are_checked_before_any_request(int remarkBytes, string? source, string? groups, string expected)
    {
        var e = Assert.Throws<ChatInputException>(() => FriendWrites.PrepareAdd("user_0001", "user_0002", remarkBytes == 0 ? null : new string('r', remarkBytes),
            groups == null ? null : ChatValueListText.Parse(groups), source, null));
        Assert.Equal("InvalidFriendValue", e.ErrorId);
        Assert.Contains(expected, e.Message);
        Assert.Equal("user_0002", Assert.IsType<ChatFriendChange>(e.Target).Friend);
    }

    [Fact]
    public async Task Delete_of_a_non_friend_is_NotFriend_not_a_failure_and_DeleteAll_empties_the_table()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        await FriendWrites.AddAsync(session, "user_0001", Adds("user_0002", "user_0003"), both: true, force: true, log, default);

        var deleted = await FriendWrites.DeleteAsync(session, "user_0001", new[] { "user_0002", "user_0009" }.Select(f => FriendWrites.PrepareTarget("user_0001", f, "Delete")).ToList(),
            both: true, log, default);
        Assert.Equal(new[] { "Deleted", "NotFriend" }, deleted.Select(c => c.Result));
        Assert.All(deleted, c => Assert.Null(c.Failure));

        var all = await FriendWrites.DeleteAllAsync(session, "user_0001", both: false, log, default);
        Assert.Equal("Deleted", all.Result);
        Assert.Empty(await ReadAll(new FriendPager(session, "user_0001", log)));
        Assert.Equal("BWithA", (await FriendChecks.CheckFriendsAsync(session, "user_0001", new[] { "user_0003" }, true, log, default)).Single().Relation);
    }

    [Fact]
    public async Task Friend_lists_are_created_filled_read_and_deleted_and_a_non_friend_member_fails_alone()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        await FriendWrites.AddAsync(session, "user_0001", Adds("user_0002"), both: false, force: true, log, default);

        var (groups, failed) = await FriendGroups.AddAsync(session, "user_0001", new[] { "Work", "Gym" }, new[] { "user_0002", "user_0005" }, log, default);

        Assert.Equal(new[] { "Work", "Gym" }, groups.Select(g => g.Name));
        Assert.Equal("NotFriend", Assert.Single(failed).Failure!.ErrorId);
        var read = await FriendGroups.GetAsync(session, "user_0001", null, log, default);
        Assert.Equal(new[] { "Work:user_0002", "Gym:user_0002" }, read.Select(g => g.Name + ":" + g.Friends));
        await FriendGroups.DeleteAsync(session, "user_0001", new[] { "Gym" }, log, default);
        Assert.Equal("Work", Assert.Single(await FriendGroups.GetAsync(session, "user_0001", null, log, default)).Name);
    }
}
