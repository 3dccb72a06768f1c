using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Groups;

namespace TencentChat.Admin.Tests.Groups;

/// <summary>The group family's operations over real loopback HTTP against the emulator (demo seed: user_0001..user_0012 exist).</summary>
public class GroupOperationsTests
{
    private static async Task<List<T>> ReadAllAsync<T>(IPageReader<T> pager)
    {
        var all = new List<T>();
        while (!pager.IsComplete) all.AddRange(await pager.NextPageAsync(default));
        return all;
    }

    [Fact]
    public async Task Listing_fetches_profiles_50_per_request_as_the_ids_arrive()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ids = Enumerable.Range(0, 120).Select(i => emulator.Host.State.CreateGroup(GroupType.Public, "g" + i, "user_0001")).ToList();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        var pager = new GroupProfilePager(session, new GroupListPager(session, null, log), log);

        var first = await pager.NextPageAsync(default);
        Assert.Equal((1, 1), (emulator.Requests("get_appid_group_list"), emulator.Requests("get_group_info")));
        Assert.Equal(ids.Take(50), first.Select(g => g.GroupId));

        var rest = await ReadAllAsync(pager);
        Assert.Equal(ids, first.Concat(rest).Select(g => g.GroupId));
        Assert.Equal(3, emulator.Requests("get_group_info"));
        Assert.Equal(0, emulator.Requests("get_group_member_info"));
        ChatGroup group = first[0];
        Assert.Equal((ChatGroupType.Public, "g0", "user_0001", 1, 1L), (group.Type, group.Name, group.Owner, group.MemberCount, group.NextMsgSeq));
        Assert.NotNull(group.CreateTimeIso);
    }

    [Fact]
    public async Task Listing_reads_the_64_bit_Next_over_several_pages_by_type()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var rooms = Enumerable.Range(0, 5).Select(i => emulator.Host.State.CreateGroup(i % 2 == 0 ? GroupType.ChatRoom : GroupType.Public, "g" + i)).ToList();
        var session = emulator.OpenSession();
        var pager = new GroupListPager(session, ChatGroupType.ChatRoom, TestSessions.Log(session), pageSize: 2);

        var ids = await ReadAllAsync(pager);

        Assert.Equal(new[] { rooms[0], rooms[2], rooms[4] }, ids);
        Assert.Equal(3, pager.TotalCount);
        Assert.Equal(2, emulator.Requests("get_appid_group_list"));
        Assert.Equal(0, emulator.Host.Stats.Throttled);
    }

    [Fact]
    public async Task Profiles_answer_a_missing_group_as_ChatGroupNotFound_targeting_its_id_and_the_others_still_come()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        string id = emulator.Host.State.CreateGroup(GroupType.Community, "c", "user_0001");
        var session = emulator.OpenSession();

        var results = await GroupProfiles.GetAsync(session, new[] { "@TGS#2MISSING", id }, TestSessions.Log(session), default);

        var failure = Assert.IsType<ChatApiException>(results[0].Failure);
        Assert.Equal(("ChatGroupNotFound", 10010, ChatErrorKind.ObjectNotFound, (object?)"@TGS#2MISSING"), (failure.ErrorId, failure.ErrorCode, failure.Kind, failure.Target));
        Assert.Equal(ChatGroupType.Community, results[1].Group!.Type);
    }

    [Theory]
    [InlineData(GroupType.Community, 600)]
    [InlineData(GroupType.Public, 2500)]
    public async Task Members_stream_every_member_exactly_once(GroupType type, int members)
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        string id = emulator.Host.State.CreateGroup(type, "big", "owner");
        for (int i = 0; i < members - 1; i++) emulator.Host.State.AddGroupMember(id, "m" + i.ToString("D5"));
        var session = emulator.OpenSession();

        var all = await ReadAllAsync(new GroupMemberPager(session, id, null, null, TestSessions.Log(session)));

        Assert.Equal(members, all.Count);
        Assert.Equal(members, all.Select(m => m.Account).Distinct().Count());
        Assert.Equal((members + GroupMemberPager.PageSize - 1) / GroupMemberPager.PageSize, emulator.Requests("get_group_member_info"));
        Assert.Equal(1, emulator.Requests("get_group_info"));
        Assert.Equal(ChatGroupRole.Owner, all[0].Role);
    }

    [Fact]
    public async Task Members_are_written_once_even_when_membership_changes_mid_stream()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        string id = emulator.Host.State.CreateGroup(GroupType.Public, "moving", "owner");
        for (int i = 0; i < 450; i++) emulator.Host.State.AddGroupMember(id, "m" + i.ToString("D5"));
        var session = emulator.OpenSession();
        var pager = new GroupMemberPager(session, id, ChatGroupType.Public, null, TestSessions.Log(session));

        var all = new List<ChatGroupMember>(await pager.NextPageAsync(default));
        // A member of the first page leaves and rejoins at the end: the last page lists them a second time.
        await GroupMemberWrites.RemoveAsync(session, id, new[] { "m00000" }, null, true, TestSessions.Log(session), default);
        await GroupMemberWrites.AddAsync(session, id, new[] { "m00000" }, true, TestSessions.Log(session), default);
        all.AddRange(await ReadAllAsync(pager));

        Assert.Equal(all.Count, all.Select(m => m.Account).Distinct().Count());
    }

    [Fact]
    public async Task An_AVChatRoom_member_list_is_GroupTypeNotSupported_naming_the_type_and_sends_no_member_request()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        string id = emulator.Host.State.CreateGroup(GroupType.AVChatRoom, "live", "user_0001");
        var session = emulator.OpenSession();

        var e = await Assert.ThrowsAsync<ChatInputException>(() => new GroupMemberPager(session, id, null, null, TestSessions.Log(session)).NextPageAsync(default));

        Assert.Equal("GroupTypeNotSupported", e.ErrorId);
        Assert.Contains("AVChatRoom", e.Message);
        Assert.Equal(0, emulator.Requests("get_group_member_info"));
    }

    [Fact]
    public async Task Add_answers_each_member_Added_AlreadyMember_or_a_failure_targeting_its_change()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        string id = emulator.Host.State.CreateGroup(GroupType.Public, "p", "user_0001");
        var session = emulator.OpenSession();

        var changes = await GroupMemberWrites.AddAsync(session, id, new[] { "user_0002", "user_0001", "ghost" }, false, TestSessions.Log(session), default);

        Assert.Equal(new[] { ChatGroupMemberResult.Added, ChatGroupMemberResult.AlreadyMember, ChatGroupMemberResult.Failed }, changes.Select(c => c.Result));
        Assert.Equal("GroupMemberNotAdded", changes[2].Failure!.ErrorId);
        Assert.Null(changes[0].Failure);
        Assert.Contains("user_0002", emulator.Host.State.GetGroupMembers(id)!.Select(m => m.Account));
    }

    [Fact]
    public async Task Add_to_an_AVChatRoom_and_mute_in_a_Private_group_name_the_type()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        string live = emulator.Host.State.CreateGroup(GroupType.AVChatRoom, "live", "user_0001");
        string work = emulator.Host.State.CreateGroup(GroupType.Private, "work", "user_0001");
        emulator.Host.State.AddGroupMember(work, "user_0002");
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);

        var add = await GroupMemberWrites.AddAsync(session, live, new[] { "user_0002" }, false, log, default);
        var mute = await GroupMemberWrites.MuteAsync(session, work, new[] { "user_0002" }, TimeSpan.FromMinutes(5), log, default);

        Assert.Equal("GroupTypeNotSupported", add[0].Failure!.ErrorId);
        Assert.Contains("AVChatRoom", add[0].Failure!.Message);
        Assert.Equal("GroupTypeNotSupported", mute[0].Failure!.ErrorId);
        Assert.Contains("Private", mute[0].Failure!.Message);
        Assert.False(mute[0].Failure!.IsSessionWide);
    }

    [Fact]
    public async Task Remove_and_mute_account_for_every_member_and_land()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        string id = emulator.Host.State.CreateGroup(GroupType.ChatRoom, "c", "user_0001");
        foreach (string m in new[] { "user_0002", "user_0003", "user_0004" }) emulator.Host.State.AddGroupMember(id, m);
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);

        var muted = await GroupMemberWrites.MuteAsync(session, id, new[] { "user_0002", "user_0003" }, TimeSpan.FromHours(1), log, default);
        var removed = await GroupMemberWrites.RemoveAsync(session, id, new[] { "user_0004" }, "spam", false, log, default);
        var mutedNow = await GroupMemberQueries.GetMutedAsync(session, id, log, default);

        Assert.All(muted, c => Assert.Equal(ChatGroupMemberResult.Muted, c.Result));
        Assert.Equal(ChatGroupMemberResult.Removed, removed[0].Result);
        Assert.Equal(new[] { "user_0002", "user_0003" }, mutedNow.Select(m => m.Account));
        Assert.True(mutedNow[0].MutedUntil > DateTimeOffset.UtcNow.AddMinutes(59));
    }

    [Fact]
    public async Task Modify_member_sets_role_name_card_and_flag()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        string id = emulator.Host.State.CreateGroup(GroupType.Public, "p", "user_0001");
        emulator.Host.State.AddGroupMember(id, "user_0002");
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);

        var change = await GroupMemberWrites.ModifyAsync(session, id, "user_0002", ChatGroupRole.Admin, "Bob", "AcceptNotNotify", null, log, default);
        var named = await GroupMemberQueries.GetAsync(session, id, new[] { "user_0002", "stranger" }, log, default);

        Assert.Equal(ChatGroupMemberResult.Changed, change.Result);
        Assert.Equal((ChatGroupRole.Admin, "Bob", "AcceptNotNotify"), (named[0].Member!.Role, named[0].Member!.NameCard, named[0].Member!.MessageFlag));
        Assert.Equal("ChatGroupMemberNotFound", named[1].Failure!.ErrorId);
        Assert.Throws<ChatInputException>(() => GroupMemberWrites.ModifyRequest(id, "user_0002", null, null, null, null));
        Assert.Equal("InvalidGroupRole", Assert.Throws<ChatInputException>(() => GroupMemberWrites.ModifyRequest(id, "user_0002", ChatGroupRole.Owner, null, null, null)).ErrorId);
    }

    [Fact]
    public async Task Create_returns_the_group_and_bad_input_is_refused_before_sending()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        var definition = new ChatGroupDefinition { Name = "Team", Type = ChatGroupType.Private, Owner = "user_0001", Members = new[] { "user_0002" }, GroupId = "team-1" };

        ChatGroup group = await GroupWrites.CreateAsync(session, GroupWrites.CreateRequest(definition), log, default);

        Assert.Equal(("team-1", ChatGroupType.Private, 2), (group.GroupId, group.Type, group.MemberCount));
        Assert.Equal("InvalidGroupId", Assert.Throws<ChatInputException>(() => GroupWrites.CreateRequest(new ChatGroupDefinition { Name = "x", GroupId = "@TGS#2MINE" })).ErrorId);
        Assert.Equal("InvalidGroupName", Assert.Throws<ChatInputException>(() => GroupWrites.CreateRequest(new ChatGroupDefinition { Name = "" })).ErrorId);
        Assert.Equal("InvalidGroupName", Assert.Throws<ChatInputException>(() => GroupWrites.CreateRequest(new ChatGroupDefinition { Name = new string('名', 34) })).ErrorId);
        Assert.Equal("InvalidGroupType", Assert.Throws<ChatInputException>(() => GroupInput.ParseType("Secret")).ErrorId);
        Assert.Equal((ChatGroupType.Private, ChatGroupType.ChatRoom), (GroupInput.ParseType("Work"), GroupInput.ParseType("Meeting")));
        Assert.Equal(1, emulator.Requests("create_group"));
    }

    [Fact]
    public async Task Modify_destroy_and_owner_change_report_per_group()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        string id = emulator.Host.State.CreateGroup(GroupType.Public, "p", "user_0001");
        emulator.Host.State.AddGroupMember(id, "user_0002");
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);

        var modified = await GroupWrites.ModifyAsync(session, GroupWrites.ModifyRequest(new ChatGroupDefinition { GroupId = id, MuteAll = true }), log, default);
        var owner = await GroupWrites.ChangeOwnerAsync(session, id, "user_0002", log, default);
        var destroyed = await GroupWrites.DestroyAsync(session, id, log, default);
        var again = await GroupWrites.DestroyAsync(session, id, log, default);

        Assert.True(modified.Succeeded && owner.Succeeded && destroyed.Succeeded);
        Assert.Equal(("ChatGroupNotFound", 10010), (again.Failure!.ErrorId, again.ResultCode));
        Assert.Same(again, again.Failure.Target);
        Assert.Equal("NoGroupChange", Assert.Throws<ChatInputException>(() => GroupWrites.ModifyRequest(new ChatGroupDefinition { GroupId = id })).ErrorId);
    }

    [Fact]
    public async Task Joined_groups_carry_the_users_role_and_join_time()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        string owned = emulator.Host.State.CreateGroup(GroupType.Public, "p", "user_0001");
        string live = emulator.Host.State.CreateGroup(GroupType.AVChatRoom, "l", "user_0002");
        emulator.Host.State.AddGroupMember(live, "user_0001");
        var session = emulator.OpenSession();

        var groups = await ReadAllAsync(new JoinedGroupPager(session, "user_0001", null, TestSessions.Log(session)));

        Assert.Equal(new[] { (owned, ChatGroupRole.Owner), (live, ChatGroupRole.Member) }, groups.Select(g => (g.GroupId, g.Role!.Value)));
        Assert.All(groups, g => Assert.NotNull(g.JoinTime));
        Assert.Equal("p", groups[0].Name);
    }
}
