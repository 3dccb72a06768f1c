using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Conversations;

public class EmptyConversationPagerTests
{
    private static async Task<List<ChatConversation>> ReadAllAsync(IPageReader<ChatConversation> pager)
    {
        var all = new List<ChatConversation>();
        while (!pager.IsComplete) all.AddRange(await pager.NextPageAsync(default));
        return all;
    }

    [Fact]
    public async Task Returns_exactly_the_conversations_that_AssistFlags_bit_1_adds_for_the_cost_of_two_listings()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        var with = await ReadAllAsync(new ConversationPager(session, "user_0001", ChatAssistFlags.All, log));
        var without = await ReadAllAsync(new ConversationPager(session, "user_0001", ChatAssistFlags.All & ~ChatAssistFlags.EmptyConversations, log));
        long oneOfEach = emulator.Requests("get_list");

        var empty = await ReadAllAsync(new EmptyConversationPager(session, "user_0001", ChatAssistFlags.All, log));

        var added = with.Select(c => c.ConversationId).Except(without.Select(c => c.ConversationId)).ToList();
        Assert.Equal(new[] { "group_@TGS#DEMO048", "group_@TGS#DEMO049" }, added);   // the demo seed's two empty conversations
        Assert.Equal(added, empty.Select(c => c.ConversationId));
        Assert.All(empty, c => Assert.NotNull(c.LastMessageTime));                     // why "no LastMessageTime" finds nothing
        Assert.Equal(oneOfEach, emulator.Requests("get_list") - oneOfEach);
    }
}
