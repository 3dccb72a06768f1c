using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Faults;
using ConversationKind = TencentChat.Emulator.Conversations.ConversationKind;
using ContactGroupInfo = TencentChat.Emulator.Conversations.ContactGroupInfo;

namespace TencentChat.Admin.Tests.Conversations;

public class ContactGroupEditingTests
{
    private const string Owner = "user_0001";
    private static IReadOnlyList<ConversationKey> Peers(int count) =>
        Enumerable.Range(0, count).Select(i => i % 2 == 0 ? ConversationKey.ForPeer($"peer_{i:D4}") : ConversationKey.ForGroup($"@TGS#T{i:D4}")).ToList();

    private static ContactGroupInfo? Group(EmulatorFixture emulator, string name) => emulator.Host.State.GetGroups(Owner).SingleOrDefault(g => g.Name == name);

    [Fact]
    public async Task Lists_a_users_groups_with_one_request()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var groups = await ContactGroupPager.GetGroupsAsync(session, Owner, TestSessions.Log(session), default);

        Assert.Equal(new[] { "group_0001", "group_0002" }, groups.Select(g => g.Name));
        Assert.Equal(new[] { 1, 2 }, groups.Select(g => g.ContactGroupId));
        Assert.All(groups, g => Assert.Equal(Owner, g.Account));
        Assert.Equal(1, emulator.Requests("get_contact_group"));
    }

    [Fact]
    public async Task Creates_a_group_with_its_conversations()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var created = await ContactGroupEditing.CreateAsync(session, Owner, "vip", new[] { ConversationKey.ForPeer("user_0004"), ConversationKey.ForGroup("@TGS#DEMO009") },
            TestSessions.Log(session), default);

        Assert.Equal("vip", created.Group!.Name);
        Assert.Equal(3, created.Group.ContactGroupId);
        Assert.Equal(new[] { "c2c_user_0004", "group_@TGS#DEMO009" }, created.Conversations.Select(c => c.ConversationId));
        Assert.All(created.Conversations, c => Assert.True(c.Succeeded));
        Assert.All(created.Conversations, c => Assert.Equal("vip", c.ContactGroupName));
        Assert.Equal(2, Group(emulator, "vip")!.ConversationCount);
        Assert.Equal(1, emulator.Requests("get_contact_group"));
        Assert.Equal(1, emulator.Requests("create_contact_group"));
    }

    [Fact]
    public async Task A_create_with_250_conversations_is_one_create_and_two_updates_of_at_most_100()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var created = await ContactGroupEditing.CreateAsync(session, Owner, "big", Peers(250), TestSessions.Log(session), default);

        Assert.Equal(250, created.Conversations.Count(c => c.Succeeded));
        Assert.Equal(250, Group(emulator, "big")!.ConversationCount);
        Assert.Equal(1, emulator.Requests("create_contact_group"));
        Assert.Equal(2, emulator.Requests("update_contact_group"));
    }

    [Fact]
    public async Task A_group_takes_exactly_1000_conversations_and_1001_are_refused_before_sending()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var refused = await ContactGroupEditing.CreateAsync(session, Owner, "huge", Peers(1001), TestSessions.Log(session), default);
        Assert.Null(refused.Group);
        Assert.Equal("TooManyConversations", refused.Failure!.ErrorId);
        Assert.Equal(1001, refused.Conversations.Count(c => !c.Succeeded && c.Failure == refused.Failure));
        Assert.Equal(0, emulator.Requests("get_contact_group") + emulator.Requests("create_contact_group"));

        var created = await ContactGroupEditing.CreateAsync(session, Owner, "huge", Peers(1000), TestSessions.Log(session), default);
        Assert.Equal(1000, Group(emulator, "huge")!.ConversationCount);
        Assert.Equal(9, emulator.Requests("update_contact_group"));
    }

    [Theory]
    [InlineData("abcdefghijabcdefghijabcdefghijab", true)]   // 32 ASCII bytes
    [InlineData("abcdefghijabcdefghijabcdefghijabc", false)] // 33
    [InlineData("会话分组会话分组会话ab", true)]              // 10 × 3 + 2 = 32 bytes of UTF-8
    [InlineData("会话分组会话分组会话abc", false)]            // 33 bytes
    public async Task Group_names_are_limited_to_32_bytes_of_UTF8_on_create(string name, bool accepted)
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        Task<ContactGroupCreation> create = ContactGroupEditing.CreateAsync(session, Owner, name, Array.Empty<ConversationKey>(), TestSessions.Log(session), default);
        if (accepted)
        {
            await create;
            Assert.NotNull(Group(emulator, name));
        }
        else
        {
            var refused = await create;
            Assert.Null(refused.Group);
            Assert.Equal("InvalidContactGroupName", refused.Failure!.ErrorId);
            Assert.Equal(name, refused.Failure.Target);
            Assert.Equal(0, emulator.Requests("create_contact_group") + emulator.Requests("get_contact_group"));
        }
    }

    [Fact]
    public async Task The_20th_group_is_created_and_the_21st_refused_before_sending()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        for (int i = 3; i <= 19; i++) emulator.Host.State.CreateGroup(Owner, $"g{i}"); // the seed has 2
        await ContactGroupEditing.CreateAsync(session, Owner, "twentieth", Array.Empty<ConversationKey>(), TestSessions.Log(session), default);
        Assert.Equal(20, emulator.Host.State.GetGroups(Owner).Count);

        var refused = await ContactGroupEditing.CreateAsync(session, Owner, "21st", Array.Empty<ConversationKey>(), TestSessions.Log(session), default);
        Assert.Null(refused.Group);
        Assert.Equal("TooManyContactGroups", refused.Failure!.ErrorId);
        Assert.Equal(ChatErrorKind.QuotaExceeded, refused.Failure.Kind);
        Assert.Equal(1, emulator.Requests("create_contact_group"));
    }

    [Fact]
    public async Task Creating_a_group_the_user_has_adds_only_the_conversations_it_does_not_hold()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        // Demo seed: user_0003 is in group_0001 already, user_0004 is not.
        var keys = new[] { ConversationKey.ForPeer("user_0003"), ConversationKey.ForPeer("user_0004") };
        var completed = await ContactGroupEditing.CreateAsync(session, Owner, "group_0001", keys, TestSessions.Log(session), default);

        Assert.Equal(1, completed.Group!.ContactGroupId);
        Assert.Null(completed.Failure);
        Assert.Equal(new[] { "c2c_user_0003", "c2c_user_0004" }, completed.Conversations.Select(c => c.ConversationId));
        Assert.All(completed.Conversations, c => Assert.True(c.Succeeded));
        Assert.Equal("Already in the group.", completed.Conversations[0].ResultInfo);
        Assert.Contains(1, emulator.Host.State.GetContactRecord(Owner, ConversationKind.C2C, "user_0004")!.GroupIds);
        Assert.Equal((0, 1, 1), (emulator.Requests("create_contact_group"), emulator.Requests("search_contact_group"), emulator.Requests("update_contact_group")));
    }

    [Fact]
    public async Task A_failed_follow_up_update_keeps_the_group_and_fails_only_its_own_conversations()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        emulator.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [FaultKind.ServerError50004] = 1.0 }, Commands = new[] { "update_contact_group" } };

        var created = await ContactGroupEditing.CreateAsync(session, Owner, "team", Peers(150), TestSessions.Log(session), default);

        Assert.Equal("team", created.Group!.Name);
        Assert.Equal(100, created.Conversations.Take(100).Count(c => c.Succeeded));
        var failed = created.Conversations.Skip(100).ToList();
        Assert.Equal(50, failed.Count);
        Assert.All(failed, c => Assert.Equal(("ServerError", 50004), (c.Failure!.ErrorId, c.ResultCode)));
        Assert.Equal(100, Group(emulator, "team")!.ConversationCount);

        emulator.Host.ClearFaults();
        var rerun = await ContactGroupEditing.CreateAsync(session, Owner, "team", Peers(150), TestSessions.Log(session), default);
        Assert.All(rerun.Conversations, c => Assert.True(c.Succeeded));
        Assert.Equal(150, Group(emulator, "team")!.ConversationCount);
        Assert.Equal(1, emulator.Requests("create_contact_group"));
    }

    [Theory]
    [InlineData("abcdefghijabcdefghijabcdefghijab", true)]
    [InlineData("abcdefghijabcdefghijabcdefghijabc", false)]
    public async Task Rename_keeps_the_id_and_checks_the_new_name_at_32_bytes(string newName, bool accepted)
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        if (accepted)
        {
            var renamed = await ContactGroupEditing.RenameAsync(session, Owner, "group_0002", newName, TestSessions.Log(session), default);
            Assert.Equal(newName, renamed.Name);
            Assert.Equal(2, renamed.ContactGroupId);
            Assert.Equal(2, Group(emulator, newName)!.Id);
        }
        else
        {
            var e = await Assert.ThrowsAsync<ChatInputException>(() => ContactGroupEditing.RenameAsync(session, Owner, "group_0002", newName, TestSessions.Log(session), default));
            Assert.Equal("InvalidContactGroupName", e.ErrorId);
            Assert.Equal(0, emulator.Requests("update_contact_group"));
        }
    }

    [Fact]
    public async Task A_group_that_does_not_exist_is_ContactGroupNotFound_for_rename_delete_and_member_changes()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        var rename = await Assert.ThrowsAsync<ChatApiException>(() => ContactGroupEditing.RenameAsync(session, Owner, "missing", "x", log, default));
        var delete = await Assert.ThrowsAsync<ChatApiException>(() => ContactGroupEditing.DeleteAsync(session, Owner, "missing", log, default));
        var members = await ContactGroupEditing.ChangeMembersAsync(session, Owner, "missing", add: true, Peers(2), log, default);

        foreach (var e in new[] { rename, delete }.Concat(members.Select(c => (ChatApiException)c.Failure!)))
            Assert.Equal(("ContactGroupNotFound", ChatErrorKind.ObjectNotFound, 51009), (e.ErrorId, e.Kind, e.ErrorCode));
        Assert.All(members, c => Assert.Equal(("user_0001", "missing", false), (c.Account, c.ContactGroupName, c.Succeeded)));
        Assert.Equal(0, emulator.Requests("get_contact_group")); // 51009 says it; nothing to look up
    }

    [Fact]
    public async Task A_server_that_refuses_a_missing_group_as_invalid_still_gives_ContactGroupNotFound()
    {
        // Should the real service answer 50002 rather than the client-SDK tables' 51009, the user's groups are read once per refused write.
        await using var server = await CannedServer.StartAsync((_, context) => CannedServer.Respond(context, 200, "application/json",
            context.Request.Path.Value!.EndsWith("get_contact_group")
                ? """{"ContactItem":[],"GroupItem":[{"GroupName":"group_0001","GroupId":1}],"CompleteFlag":1,"NextStartIndex":0,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"""
                : CannedServer.Failure(50002, "no such group")));
        using var session = TestSessions.Open(server.BaseAddress);
        var log = TestSessions.Log(session);
        var rename = await Assert.ThrowsAsync<ChatInputException>(() => ContactGroupEditing.RenameAsync(session, Owner, "missing", "x", log, default));
        var delete = await Assert.ThrowsAsync<ChatInputException>(() => ContactGroupEditing.DeleteAsync(session, Owner, "missing", log, default));
        var members = await ContactGroupEditing.ChangeMembersAsync(session, Owner, "missing", add: true, Peers(2), log, default);

        foreach (var e in new[] { rename, delete }.Concat(members.Select(c => c.Failure!)))
        {
            Assert.Equal(("ContactGroupNotFound", ChatErrorKind.ObjectNotFound), (e.ErrorId, e.Kind));
            Assert.Equal("'user_0001' has no conversation group named 'missing'.", e.Message);
        }
        Assert.Equal(3, server.Requests.Count(r => r.Path.EndsWith("get_contact_group")));
        var existing = await Assert.ThrowsAsync<ChatApiException>(() => ContactGroupEditing.DeleteAsync(session, Owner, "group_0001", log, default));
        Assert.Equal(("InvalidParameter", 50002), (existing.ErrorId, existing.ErrorCode));
    }

    [Fact]
    public async Task A_refused_write_to_a_group_that_exists_keeps_the_servers_error()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        // Renaming onto another group's name: the emulator's 50002, and the group exists, so it stays InvalidParameter.
        var e = await Assert.ThrowsAsync<ChatApiException>(() => ContactGroupEditing.RenameAsync(session, Owner, "group_0001", "group_0002", TestSessions.Log(session), default));
        Assert.Equal(("InvalidParameter", 50002), (e.ErrorId, e.ErrorCode));
    }

    [Fact]
    public async Task Adds_and_removes_members_with_per_item_results()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        var add = await ContactGroupEditing.ChangeMembersAsync(session, Owner, "group_0002", add: true,
            new[] { ConversationKey.ForPeer("user_0003"), ConversationKey.ForGroup("@TGS#1B2AUI7RZ") }, log, default);
        Assert.All(add, c => Assert.True(c.Succeeded));
        Assert.All(add, c => Assert.Equal(ChatConversationActions.AddToContactGroup, c.Action));
        Assert.Contains(2, emulator.Host.State.GetContactRecord(Owner, ConversationKind.C2C, "user_0003")!.GroupIds);

        // user_0004 is in no group: the emulator fails that item alone (ResultCode 50002), the other succeeds.
        var remove = await ContactGroupEditing.ChangeMembersAsync(session, Owner, "group_0002", add: false,
            new[] { ConversationKey.ForPeer("user_0003"), ConversationKey.ForPeer("user_0004") }, log, default);
        Assert.True(remove[0].Succeeded);
        Assert.Null(remove[0].Failure);
        Assert.False(remove[1].Succeeded);
        Assert.Equal(50002, remove[1].ResultCode);
        Assert.NotEmpty(remove[1].ResultInfo);
        var failure = Assert.IsType<ChatApiException>(remove[1].Failure);
        Assert.Equal("InvalidParameter", failure.ErrorId);
        Assert.Equal("update_contact_group", failure.Command);
        Assert.Same(remove[1], failure.Target);
        Assert.Contains("c2c_user_0004 of user_0001", failure.Message);
        Assert.DoesNotContain(2, emulator.Host.State.GetContactRecord(Owner, ConversationKind.C2C, "user_0003")!.GroupIds);
    }

    [Fact]
    public async Task A_member_update_takes_1_to_100_conversations()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        await ContactGroupEditing.ChangeMembersAsync(session, Owner, "group_0002", true, Peers(100), log, default);
        Assert.Equal(1, emulator.Requests("update_contact_group"));
        foreach (int count in new[] { 101, 0 })
            Assert.Equal("InvalidBatchSize", (await Assert.ThrowsAsync<ChatInputException>(() =>
                ContactGroupEditing.ChangeMembersAsync(session, Owner, "group_0002", true, Peers(count), log, default))).ErrorId);
        Assert.Equal(1, emulator.Requests("update_contact_group"));
    }

    [Fact]
    public async Task Deletes_a_group_and_leaves_its_conversations()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var deleted = await ContactGroupEditing.DeleteAsync(session, Owner, "group_0002", TestSessions.Log(session), default);

        Assert.Equal(new ChatContactGroup { Account = Owner, ContactGroupId = 2, Name = "group_0002" }.ToString(), deleted.ToString());
        Assert.Equal(2, deleted.ContactGroupId);
        Assert.Null(Group(emulator, "group_0002"));
        Assert.Contains(emulator.Host.State.GetConversations(Owner), c => c.Peer == "user_0002");
        Assert.Equal(1, emulator.Requests("del_contact_group"));
    }
}
