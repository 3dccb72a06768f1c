using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Faults;
using ConversationKind = TencentChat.Emulator.Conversations.ConversationKind;

namespace TencentChat.Admin.Tests.Conversations;

/// <summary>
/// top over loopback HTTP against the emulator (demo seed: user_0001 has 53 conversations over three get_list pages of
/// 20, only the one with user_0003 pinned).
/// </summary>
public class ConversationPinningTests
{
    private static ISet<string> Pinned(EmulatorFixture emulator, string owner = "user_0001") =>
        emulator.Host.State.GetConversations(owner).Where(c => c.Pinned).Select(c => (c.Kind == ConversationKind.C2C ? "c2c_" : "group_") + c.Peer).ToHashSet();

    [Fact]
    public async Task Pins_and_unpins_a_batch_with_one_request_each_and_one_change_per_conversation()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var keys = new[] { ConversationKey.ForPeer("user_0002"), ConversationKey.ForGroup("@TGS#1B2AUI7RZ") };

        var pinned = await ConversationPinning.PinAsync(session, "user_0001", keys, pin: true, TestSessions.Log(session), default);
        Assert.Equal(new[] { ("c2c_user_0002", "Pin", true), ("group_@TGS#1B2AUI7RZ", "Pin", true) },
            pinned.Select(c => (c.ConversationId, c.Action, c.Succeeded)));
        Assert.Equal(new HashSet<string> { "c2c_user_0002", "c2c_user_0003", "group_@TGS#1B2AUI7RZ" }, Pinned(emulator));

        var unpinned = await ConversationPinning.PinAsync(session, "user_0001", keys, pin: false, TestSessions.Log(session), default);
        Assert.All(unpinned, c => Assert.Equal(("Unpin", true), (c.Action, c.Succeeded)));
        Assert.Equal(new HashSet<string> { "c2c_user_0003" }, Pinned(emulator));
        Assert.Equal(2, emulator.Requests("top"));
    }

    [Fact]
    public async Task A_refused_request_fails_every_conversation_of_it()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var keys = new[] { ConversationKey.ForPeer("user_0002"), ConversationKey.ForPeer("not_in_the_list") };

        var changes = await ConversationPinning.PinAsync(session, "user_0001", keys, pin: true, TestSessions.Log(session), default);

        Assert.All(changes, c =>
        {
            Assert.Equal((false, 50002), (c.Succeeded, c.ResultCode));
            var failure = Assert.IsType<ChatApiException>(c.Failure);
            Assert.Equal("InvalidParameter", failure.ErrorId);
        });
        Assert.Equal(new HashSet<string> { "c2c_user_0003" }, Pinned(emulator));
    }

    [Fact]
    public async Task Top_is_retried_when_the_outcome_is_unknown_since_pinning_is_idempotent()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        emulator.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [FaultKind.ServerError50004] = 1.0 }, Commands = new[] { "top" } };

        var changes = await ConversationPinning.PinAsync(session, "user_0001", new[] { ConversationKey.ForPeer("user_0002") }, true, TestSessions.Log(session), default);

        Assert.Equal("ServerError", Assert.Single(changes).Failure!.ErrorId);
        Assert.True(emulator.Requests("top") > 1);
    }

    [Fact]
    public async Task More_than_100_conversations_in_one_request_is_refused_before_sending()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var keys = Enumerable.Range(0, ConversationPinning.MaxItemsPerRequest + 1).Select(i => ConversationKey.ForPeer($"peer_{i}")).ToList();

        var e = await Assert.ThrowsAsync<ChatInputException>(() => ConversationPinning.PinAsync(session, "user_0001", keys, true, TestSessions.Log(session), default));
        Assert.Equal("InvalidBatchSize", e.ErrorId);
        Assert.Equal(0, emulator.Requests("top"));
    }

    [Fact]
    public async Task The_pinned_set_is_read_up_to_the_first_conversation_that_is_not_pinned()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();

        var one = await ConversationPinning.ReadPinnedAsync(session, "user_0001", TestSessions.Log(session), default);
        Assert.Equal(new[] { ConversationKey.ForPeer("user_0003") }, one);
        Assert.Equal(1, emulator.Requests("get_list"));   // of three pages

        // 25 pinned fill page one and start page two, which ends the read.
        var groups = emulator.Host.State.GetConversations("user_0001").Where(c => c.Kind == ConversationKind.Group).Take(24)
            .Select(c => ConversationKey.ForGroup(c.Peer)).ToList();
        await ConversationPinning.PinAsync(session, "user_0001", groups, true, TestSessions.Log(session), default);
        var many = await ConversationPinning.ReadPinnedAsync(session, "user_0001", TestSessions.Log(session), default);
        Assert.Equal(25, many.Count);
        Assert.Equal(Pinned(emulator), many.Select(k => k.ConversationId).ToHashSet());
        Assert.Equal(1 + 2, emulator.Requests("get_list"));
    }

    [Fact]
    public async Task A_pinned_empty_conversation_is_in_the_pinned_set()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        emulator.Host.State.PutConversation("user_0001", ConversationKind.C2C, "user_0004", 1772000000, pinned: true, empty: true);

        var pinned = await ConversationPinning.ReadPinnedAsync(session, "user_0001", TestSessions.Log(session), default);

        Assert.Contains(ConversationKey.ForPeer("user_0004"), pinned);
    }
}
