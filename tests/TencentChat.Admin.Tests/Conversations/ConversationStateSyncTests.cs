using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Faults;
using ConversationKind = TencentChat.Emulator.Conversations.ConversationKind;

namespace TencentChat.Admin.Tests.Conversations;

/// <summary>Set-ChatConversation's plan and writes over loopback HTTP against the emulator's demo seed.</summary>
public class ConversationStateSyncTests
{
    private const string Owner = "user_0001";

    private static async Task<IReadOnlyList<PlannedConversationUpdate>> SyncAsync(EmulatorFixture emulator,
        params (ConversationKey Conversation, DesiredConversationState Desired)[] items)
    {
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        var plan = await ConversationStateSync.PlanAsync(session, Owner, items, log, default);
        await ConversationStateSync.ApplyAsync(session, Owner, plan, log, default);
        return plan;
    }

    private static async Task<ChatContactGroupRecord> ReadAsync(EmulatorFixture emulator, ConversationKey conversation)
    {
        var session = emulator.OpenSession();
        return Assert.Single(await ContactGroupSearch.SearchAsync(session, Owner, new[] { conversation }, TestSessions.Log(session), default));
    }

    private static long Writes(EmulatorFixture emulator) =>
        emulator.Requests("mark_contact") + emulator.Requests("update_contact_group") + emulator.Requests("create_contact_group") + emulator.Requests("del_contact_group");

    [Fact]
    public async Task Makes_marks_custom_mark_and_groups_exactly_as_asked_creating_a_missing_group()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        // user_0002 has 11111110 / abcde / group_0001, group_0002 in the demo seed.
        var user0002 = ConversationKey.ForPeer("user_0002");
        var plan = await SyncAsync(emulator, (user0002, DesiredConversationState.Create(new[] { "Star" }, "", new[] { "group_0002", "a;b" })));

        var update = Assert.Single(plan).Update;
        Assert.True(update.Succeeded, update.ResultInfo);
        Assert.True(update.Changed);
        Assert.Equal(new[] { "Star" }, update.SetMarks);
        Assert.Equal(7, update.ClearMarks.Count);
        Assert.True(update.CustomMarkChanged);
        Assert.Equal(new[] { "a;b" }, update.AddedToContactGroups);
        Assert.Equal(new[] { "group_0001" }, update.RemovedFromContactGroups);

        var now = await ReadAsync(emulator, user0002);
        Assert.Equal(new[] { "Star" }, now.Marks);
        Assert.Equal("", now.CustomMark);
        Assert.Equal(new[] { "a;b", "group_0002" }, now.ContactGroupNames.Order(StringComparer.Ordinal));
        Assert.Contains(emulator.Host.State.GetGroups(Owner), g => g.Name == "group_0001");   // left, not deleted
        Assert.Equal(2, emulator.Requests("search_contact_group"));                            // the plan's read, and ReadAsync's
        Assert.Equal(1, emulator.Requests("mark_contact"));
        Assert.Equal(1, emulator.Requests("create_contact_group"));
    }

    [Fact]
    public async Task A_second_run_finds_nothing_to_do_and_sends_no_write()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var desired = DesiredConversationState.Create(new[] { "Fold", "App40" }, "restored", new[] { "vip" });
        var keys = new[] { ConversationKey.ForPeer("user_0004"), ConversationKey.ForGroup("@TGS#DEMO010") };
        await SyncAsync(emulator, keys.Select(k => (k, desired)).ToArray());
        long writes = Writes(emulator);

        var again = await SyncAsync(emulator, keys.Select(k => (k, desired)).ToArray());
        Assert.All(again, p => Assert.False(p.NeedsWrite));
        Assert.All(again, p => Assert.True(p.Update.Succeeded && !p.Update.Changed));
        Assert.Equal(writes, Writes(emulator));
    }

    [Fact]
    public async Task Planning_reads_once_per_300_and_writes_nothing()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var items = Enumerable.Range(0, 300).Select(i => (ConversationKey.ForPeer($"peer_{i:D4}"), DesiredConversationState.Create(new[] { "Star" }, null, null))).ToList();
        var plan = await ConversationStateSync.PlanAsync(session, Owner, items, TestSessions.Log(session), default);

        Assert.Equal(300, plan.Count(p => p.NeedsWrite));
        Assert.Equal("Set mark Star", plan[0].Diff!.ToString());
        Assert.Equal(1, emulator.Requests("search_contact_group"));
        Assert.Equal(0, Writes(emulator));
    }

    [Fact]
    public async Task Writes_go_out_100_per_request_with_each_conversations_own_change()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var items = Enumerable.Range(0, 250).Select(i => (ConversationKey.ForPeer($"peer_{i:D4}"),
            DesiredConversationState.Create(new[] { i % 2 == 0 ? "Star" : "Fold" }, "n" + i, new[] { "big" }))).ToArray();
        var plan = await SyncAsync(emulator, items);

        Assert.All(plan, p => Assert.True(p.Update.Succeeded, p.Update.ResultInfo));
        Assert.Equal(3, emulator.Requests("mark_contact"));
        Assert.Equal(1, emulator.Requests("create_contact_group"));
        Assert.Equal(2, emulator.Requests("update_contact_group"));
        var peer7 = emulator.Host.State.GetContactRecord(Owner, ConversationKind.C2C, "peer_0007")!;
        Assert.Equal((1UL << 2, "n7"), (peer7.StandardMark, peer7.CustomMark));
        Assert.Equal(250, emulator.Host.State.GetGroups(Owner).Single(g => g.Name == "big").ConversationCount);
    }

    [Fact]
    public async Task A_failed_write_fails_its_conversations_with_a_target_that_says_what_to_retry()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        emulator.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [FaultKind.ServerError50004] = 1.0 }, Commands = new[] { "update_contact_group" } };
        // user_0003 is in group_0001 in the demo seed; leaving it needs update_contact_group, the marks do not.
        var user0003 = ConversationKey.ForPeer("user_0003");
        var plan = await SyncAsync(emulator, (user0003, DesiredConversationState.Create(new[] { "Unread" }, null, Array.Empty<string>())));

        var update = Assert.Single(plan).Update;
        Assert.False(update.Succeeded);
        Assert.Equal("ServerError", update.Failure!.ErrorId);
        Assert.Equal(50004, update.ResultCode);
        Assert.StartsWith("RemoveFromContactGroup 'group_0001': ", update.ResultInfo);
        Assert.Equal(new[] { "Unread" }, update.Marks);
        Assert.Equal("abcd", update.CustomMark);   // not given, so as read: piping it back leaves it alone
        Assert.Empty(update.ContactGroupNames!);
        Assert.Equal(new[] { "Unread" }, (await ReadAsync(emulator, user0003)).Marks);   // the marks were still written

        emulator.Host.ClearFaults();
        var retry = await SyncAsync(emulator, (user0003, DesiredConversationState.Create(update.Marks, update.CustomMark, update.ContactGroupNames)));
        Assert.True(Assert.Single(retry).Update.Succeeded);
        Assert.Empty((await ReadAsync(emulator, user0003)).ContactGroupNames);
    }

    [Fact]
    public async Task A_failed_read_fails_every_conversation_and_writes_nothing()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        emulator.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [FaultKind.ServerError50004] = 1.0 }, Commands = new[] { "search_contact_group" } };
        var plan = await SyncAsync(emulator,
            (ConversationKey.ForPeer("user_0002"), DesiredConversationState.Create(null, "x", null)),
            (ConversationKey.ForPeer("user_0003"), DesiredConversationState.Create(new[] { "Star" }, null, null)));

        Assert.All(plan, p => Assert.Equal("ServerError", p.Update.Failure?.ErrorId));
        // Parts given stay on the target; parts neither given nor read are null, which leaves them alone when piped back.
        Assert.Equal(("x", null), (plan[0].Update.CustomMark, plan[0].Update.Marks));
        Assert.Equal(new[] { "Star" }, plan[1].Update.Marks);
        Assert.Null(plan[1].Update.CustomMark);
        Assert.Equal(0, Writes(emulator));
    }

    [Fact]
    public async Task The_same_conversation_twice_with_different_states_applies_only_the_last()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var key = ConversationKey.ForPeer("user_0005");
        var plan = await SyncAsync(emulator,
            (key, DesiredConversationState.Create(null, "first", null)),
            (key, DesiredConversationState.Create(null, "second", null)),
            (key, DesiredConversationState.Create(null, "second", null)));

        Assert.Equal("ConflictingConversationState", plan[0].Update.Failure!.ErrorId);
        Assert.True(plan[1].Update.Succeeded && plan[2].Update.Succeeded);
        Assert.Equal("second", (await ReadAsync(emulator, key)).CustomMark);
        Assert.Equal(1, emulator.Requests("mark_contact"));
    }
}
