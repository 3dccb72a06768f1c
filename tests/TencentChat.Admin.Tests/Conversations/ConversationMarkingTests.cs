using System.Text;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using ConversationKind = TencentChat.Emulator.Conversations.ConversationKind;

namespace TencentChat.Admin.Tests.Conversations;

public class ConversationMarkingTests
{
    private const string Owner = "user_0001";
    private static ulong StandardMarkOf(EmulatorFixture emulator, string peer) => emulator.Host.State.GetContactRecord(Owner, ConversationKind.C2C, peer)?.StandardMark ?? 0;

    [Fact]
    public async Task Sets_and_clears_marks_by_name_and_search_shows_them()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        var conversation = new[] { ConversationKey.ForPeer("user_0004") };

        var set = await ConversationMarking.MarkAsync(session, Owner, conversation, ConversationMarkChange.Create(new[] { "Star", "Unread", "App40" }, null, "vip"), log, default);
        Assert.True(Assert.Single(set).Succeeded);
        Assert.Equal((1UL << 0) | (1UL << 1) | (1UL << 40), StandardMarkOf(emulator, "user_0004"));

        await ConversationMarking.MarkAsync(session, Owner, conversation, ConversationMarkChange.Create(null, new[] { "unread" }, null), log, default);
        var record = Assert.Single(await ContactGroupSearch.SearchAsync(session, Owner, conversation, log, default));
        Assert.Equal(new[] { "Star", "App40" }, record.Marks);
        Assert.Equal("vip", record.CustomMark);
    }

    [Fact]
    public async Task Bits_0_and_63_are_accepted_and_64_is_refused()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        await ConversationMarking.MarkAsync(session, Owner, new[] { ConversationKey.ForPeer("user_0005") },
            ConversationMarkChange.Create(new[] { "0", "63" }, null, null), TestSessions.Log(session), default);
        Assert.Equal(1UL | (1UL << 63), StandardMarkOf(emulator, "user_0005"));

        foreach (string bad in new[] { "64", "-1", "App31", "App64", "Bit64", "Starred" })
        {
            var e = Assert.Throws<ChatInputException>(() => ConversationMarkChange.Create(new[] { bad }, null, null));
            Assert.Equal("InvalidMark", e.ErrorId);
            Assert.Equal(bad, e.Target);
        }
    }

    [Fact]
    public async Task A_custom_mark_of_256_bytes_is_accepted_and_257_refused()
    {
        string atLimit = new string('好', 85) + "a"; // 85 × 3 + 1 = 256 bytes of UTF-8
        Assert.Equal(256, Encoding.UTF8.GetByteCount(atLimit));
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        await ConversationMarking.MarkAsync(session, Owner, new[] { ConversationKey.ForPeer("user_0006") },
            ConversationMarkChange.Create(null, null, atLimit), TestSessions.Log(session), default);
        Assert.Equal(atLimit, emulator.Host.State.GetContactRecord(Owner, ConversationKind.C2C, "user_0006")!.CustomMark);

        var e = Assert.Throws<ChatInputException>(() => ConversationMarkChange.Create(null, null, atLimit + "b"));
        Assert.Equal("InvalidCustomMark", e.ErrorId);
    }

    [Fact]
    public void A_change_must_change_something_and_not_set_and_clear_the_same_bit()
    {
        Assert.Equal("NoMarkChange", Assert.Throws<ChatInputException>(() => ConversationMarkChange.Create(null, null, null)).ErrorId);
        var conflict = Assert.Throws<ChatInputException>(() => ConversationMarkChange.Create(new[] { "Star", "App33" }, new[] { "0" }, null));
        Assert.Equal("ConflictingMarks", conflict.ErrorId);
        Assert.Equal("Star", conflict.Target);
        Assert.Equal("Set mark Star, App40; clear mark Hide; set custom mark 'x'",
            ConversationMarkChange.Create(new[] { "App40", "Star", "star" }, new[] { "3" }, "x").ToString());
    }

    [Fact]
    public async Task Marks_for_250_conversations_go_out_as_3_requests_of_at_most_100()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var change = ConversationMarkChange.Create(new[] { "Fold" }, null, null);
        // What Set-ChatConversationMark does with pipeline input: batch per account, send each full batch, drain at the end.
        var batches = new List<KeyedBatch<string, ConversationKey>>();
        var batcher = KeyedBatcher<string, ConversationKey>.Requests(ConversationMarking.MaxItemsPerRequest, batches.Add);
        batcher.Add(Owner, Enumerable.Range(0, 250).Select(i => ConversationKey.ForPeer($"peer_{i:D4}")));
        batcher.Flush();

        var changes = new List<ChatConversationChange>();
        foreach (var batch in batches)
            changes.AddRange(await ConversationMarking.MarkAsync(session, batch.Key, batch.Items, change, TestSessions.Log(session), default));

        Assert.Equal(new[] { 100, 100, 50 }, batches.Select(b => b.Items.Count));
        Assert.Equal(3, emulator.Requests("mark_contact"));
        Assert.Equal(250, changes.Count(c => c.Succeeded));
        Assert.Equal(1UL << 2, StandardMarkOf(emulator, "peer_0249"));
    }

    [Fact]
    public async Task A_request_takes_1_to_100_items()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var change = ConversationMarkChange.Create(new[] { "Hide" }, null, null);
        var hundred = Enumerable.Range(0, 100).Select(i => ConversationKey.ForPeer($"peer_{i:D4}")).ToList();
        await ConversationMarking.MarkAsync(session, Owner, hundred, change, TestSessions.Log(session), default);
        Assert.Equal(1, emulator.Requests("mark_contact"));

        var more = hundred.Append(ConversationKey.ForPeer("peer_0100")).ToList();
        var e = await Assert.ThrowsAsync<ChatInputException>(() => ConversationMarking.MarkAsync(session, Owner, more, change, TestSessions.Log(session), default));
        Assert.Equal("InvalidBatchSize", e.ErrorId);
        Assert.Equal(1, emulator.Requests("mark_contact"));
    }
}
