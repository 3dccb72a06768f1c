using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Conversations;

public class ContactGroupSearchTests
{
    [Fact]
    public async Task Search_returns_the_spec_sample_and_keeps_unmentioned_conversations()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var keys = new[] { ConversationKey.Parse("c2c_user_0002"), ConversationKey.Parse("group_@TGS#1B2AUI7RZ"), ConversationKey.Parse("c2c_nobody_here") };

        var records = await ContactGroupSearch.SearchAsync(session, "user_0001", keys, TestSessions.Log(session), default);

        Assert.Equal(keys.Select(k => k.ConversationId), records.Select(r => r.ConversationId));
        var peer = records[0];
        Assert.True(peer.Found);
        Assert.Equal(("11111110", "abcde", "1;2", "group_0001;group_0002"), (peer.StandardMark, peer.CustomMark, peer.ContactGroupIds.ToString(), peer.ContactGroupNames.ToString()));
        Assert.Equal("Unread;Fold;Hide;Bit4;Bit5;Bit6;Bit7", peer.Marks.ToString());
        Assert.NotNull(peer.LastUpdateTime);
        Assert.Equal(("@TGS#1B2AUI7RZ", ChatConversationType.Group), (records[1].GroupId, records[1].Type));
        Assert.False(records[2].Found);
        Assert.Equal(("user_0001", "nobody_here"), (records[2].Account, records[2].PeerAccount));
        Assert.Equal(1, emulator.Requests("search_contact_group"));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(300, 1)]
    [InlineData(301, 2)]
    [InlineData(900, 3)]
    [InlineData(30001, 101)]
    public async Task Search_sends_at_most_300_conversations_per_request(int count, int requests)
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var batches = new List<KeyedBatch<string, ConversationKey>>();
        var batcher = KeyedBatcher<string, ConversationKey>.Requests(ContactGroupSearch.MaxItemsPerRequest, batches.Add);
        batcher.Add("user_0001", Enumerable.Range(0, count).Select(i => ConversationKey.ForPeer($"peer_{i:D4}")));
        batcher.Flush();

        var results = new List<ChatContactGroupRecord>();
        foreach (var batch in batches)
            results.AddRange(await ContactGroupSearch.SearchAsync(session, batch.Key, batch.Items, TestSessions.Log(session), default));

        Assert.Equal(requests, emulator.Requests("search_contact_group"));
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"c2c_peer_{i:D4}"), results.Select(r => r.ConversationId));
    }

    [Fact]
    public async Task Search_for_an_unknown_owner_is_AccountNotFound_on_each_conversations_record()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var records = await ContactGroupSearch.SearchAsync(session, "nobody", new[] { ConversationKey.ForPeer("x"), ConversationKey.ForPeer("y") },
            TestSessions.Log(session), default);
        Assert.Equal(new[] { "c2c_x", "c2c_y" }, records.Select(r => r.ConversationId));
        Assert.All(records, r => Assert.Equal(("nobody", false, "AccountNotFound"), (r.Account, r.Found, Assert.IsType<ChatApiException>(r.Failure).ErrorId)));
    }

    /// <summary>150 C2C and 150 group conversations of user_0001, interleaved.</summary>
    private static ConversationKey[] Mixed300() =>
        Enumerable.Range(0, 300).Select(i => i % 2 == 0 ? ConversationKey.ForPeer($"peer_{i:D4}") : ConversationKey.ForGroup($"@TGS#G{i:D4}")).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(217)]
    [InlineData(299)]
    public async Task One_dismissed_group_chat_in_300_fails_only_itself_within_20_requests(int position)
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var keys = Mixed300();
        emulator.Host.State.DisbandGroupChat(keys[position].GroupId!);

        var records = await ContactGroupSearch.SearchAsync(session, "user_0001", keys, TestSessions.Log(session), default);

        Assert.Equal(keys.Select(k => k.ConversationId), records.Select(r => r.ConversationId));
        var failed = Assert.Single(records, r => r.Failure != null);
        Assert.Equal((keys[position].ConversationId, "user_0001", "GroupChatUnavailable", 51007),
            (failed.ConversationId, failed.Account, failed.Failure!.ErrorId, ((ChatApiException)failed.Failure).ErrorCode));
        Assert.Equal(299, records.Count(r => r.Failure == null));
        // One failed request, then two per halving (300, 150, 75, 38, 19, 10, 5, 3, 2): at most 1 + 2 * 9 = 19; never retried unchanged.
        Assert.InRange(emulator.Requests("search_contact_group"), 2, 19);
    }

    [Fact]
    public async Task Two_dismissed_group_chats_are_both_isolated_and_the_rest_found()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var keys = Mixed300();
        emulator.Host.State.DisbandGroupChat(keys[3].GroupId!);
        emulator.Host.State.DisbandGroupChat(keys[251].GroupId!);

        var records = await ContactGroupSearch.SearchAsync(session, "user_0001", keys, TestSessions.Log(session), default);

        Assert.Equal(keys.Select(k => k.ConversationId), records.Select(r => r.ConversationId));
        Assert.Equal(new[] { keys[3].ConversationId, keys[251].ConversationId }, records.Where(r => r.Failure != null).Select(r => r.ConversationId));
        Assert.InRange(emulator.Requests("search_contact_group"), 3, 1 + 2 * 2 * 9);
    }

    [Fact]
    public async Task Splitting_stops_at_its_budget_and_still_reports_every_conversation()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var keys = Enumerable.Range(0, 300).Select(i => ConversationKey.ForGroup($"@TGS#G{i:D4}")).ToArray();
        foreach (var key in keys) emulator.Host.State.DisbandGroupChat(key.GroupId!);

        var records = await ContactGroupSearch.SearchAsync(session, "user_0001", keys, TestSessions.Log(session), default);

        Assert.Equal(keys.Select(k => k.ConversationId), records.Select(r => r.ConversationId));
        Assert.All(records, r => Assert.Equal("GroupChatUnavailable", r.Failure?.ErrorId));
        // At most MaxIsolatedPerBatch times the cost of one isolated conversation: 1 + 2 * 4 * 9 = 73 requests.
        Assert.Equal(1 + 2 * ItemResults.MaxIsolatedPerBatch * 9, emulator.Requests("search_contact_group"));
    }
}
