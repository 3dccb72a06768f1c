using System.Collections.Concurrent;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;

namespace TencentChat.Admin.Tests.Conversations;

/// <summary>
/// 51007 in the writes. The emulator answers it for search_contact_group only (docs/emulator.md); whether the real service
/// fails a whole mark_contact, create_contact_group or update_contact_group with it is unknown, so a proxy in front of the
/// emulator answers that way for every write that names @TGS#GONE, and the writes must fail only that conversation.
/// </summary>
public sealed class GroupChatIsolationTests
{
    private const string Owner = "user_0001";
    private const string Gone = "@TGS#GONE";

    private static IReadOnlyList<ConversationKey> WithGoneAt(int count, int position) =>
        Enumerable.Range(0, count).Select(i => i == position ? ConversationKey.ForGroup(Gone) : ConversationKey.ForPeer($"peer_{i:D4}")).ToList();

    private static async Task<CannedServer> RefusingGoneAsync(EmulatorFixture emulator, ConcurrentQueue<string> commands) =>
        await CannedServer.StartAsync(async (_, context) =>
        {
            string body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            string command = context.Request.Path.Value!.Split('/').Last();
            commands.Enqueue(command);
            if (command != "get_contact_group" && body.Contains(Gone, StringComparison.Ordinal))
            {
                await CannedServer.Respond(context, 200, "application/json",
                    """{"ActionStatus":"FAIL","ErrorCode":51007,"ErrorInfo":"Failed to replace GroupID with GroupCode because an internal error occurred or the group was disbanded"}""");
                return;
            }
            using var upstream = new HttpClient();
            var forwarded = await upstream.PostAsync(new Uri(emulator.Host.BaseAddress, context.Request.Path + context.Request.QueryString), new StringContent(body));
            await CannedServer.Respond(context, 200, "application/json", await forwarded.Content.ReadAsStringAsync());
        });

    private static void AssertOnlyGoneFailed(IReadOnlyList<ChatConversationChange> changes, IReadOnlyList<ConversationKey> sent)
    {
        Assert.Equal(sent.Select(k => k.ConversationId), changes.Select(c => c.ConversationId));
        var failed = Assert.Single(changes, c => !c.Succeeded);
        Assert.Equal(("group_" + Gone, "GroupChatUnavailable", 51007), (failed.ConversationId, failed.Failure?.ErrorId, failed.ResultCode));
    }

    [Fact]
    public async Task A_mark_of_100_refused_as_a_whole_marks_99_and_fails_the_dismissed_group_chat_within_15_requests()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var commands = new ConcurrentQueue<string>();
        await using var proxy = await RefusingGoneAsync(emulator, commands);
        var session = emulator.OpenSession(s => s.Endpoint = proxy.BaseAddress);
        var sent = WithGoneAt(100, 61);

        var changes = await ConversationMarking.MarkAsync(session, Owner, sent, ConversationMarkChange.Create(new[] { "Star" }, null, null), TestSessions.Log(session), default);

        AssertOnlyGoneFailed(changes, sent);
        Assert.InRange(commands.Count(c => c == "mark_contact"), 2, 1 + 2 * 7);
        Assert.Equal(1UL, emulator.Host.State.GetContactRecord(Owner, TencentChat.Emulator.Conversations.ConversationKind.C2C, "peer_0099")!.StandardMark);
    }

    [Fact]
    public async Task A_create_refused_as_a_whole_creates_the_group_empty_and_adds_all_but_the_dismissed_group_chat()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var commands = new ConcurrentQueue<string>();
        await using var proxy = await RefusingGoneAsync(emulator, commands);
        var session = emulator.OpenSession(s => s.Endpoint = proxy.BaseAddress);
        var sent = WithGoneAt(250, 40);

        var created = await ContactGroupEditing.CreateAsync(session, Owner, "team", sent, TestSessions.Log(session), default);

        Assert.NotNull(created.Group);
        AssertOnlyGoneFailed(created.Conversations, sent);
        var group = emulator.Host.State.GetGroups(Owner).Single(g => g.Name == "team");
        Assert.Equal(249, group.ConversationCount);
        Assert.Equal(2, commands.Count(c => c == "create_contact_group"));
    }
}
