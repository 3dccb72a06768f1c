using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Faults;
using ConversationKind = TencentChat.Emulator.Conversations.ConversationKind;
using ContactGroupInfo = TencentChat.Emulator.Conversations.ContactGroupInfo;

namespace TencentChat.Admin.Tests.Conversations;

public class ConversationDeletionTests
{
    [Fact]
    public async Task Deletes_a_C2C_conversation_with_one_request()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var change = await ConversationDeletion.DeleteAsync(session, "user_0001", ConversationKey.ForPeer("user_0002"), clearHistory: false,
            TestSessions.Log(session), default);

        Assert.True(change.Succeeded);
        Assert.Equal(ChatConversationActions.Delete, change.Action);
        Assert.Equal("c2c_user_0002 of user_0001", change.ToString());
        Assert.Equal(1, emulator.Requests("delete"));
        Assert.DoesNotContain(emulator.Host.State.GetConversations("user_0001"), c => c.Kind == ConversationKind.C2C && c.Peer == "user_0002");
        // The group/mark record is separate data and stays (spec §3.7).
        Assert.NotNull(emulator.Host.State.GetContactRecord("user_0001", ConversationKind.C2C, "user_0002"));
    }

    [Fact]
    public async Task Deletes_a_group_conversation_through_the_ToGroupid_spelling()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        await ConversationDeletion.DeleteAsync(session, "user_0001", ConversationKey.ForGroup("@TGS#1B2AUI7RZ"), clearHistory: true,
            TestSessions.Log(session), default);

        Assert.DoesNotContain(emulator.Host.State.GetConversations("user_0001"), c => c.Kind == ConversationKind.Group && c.Peer == "@TGS#1B2AUI7RZ");
    }

    [Fact]
    public async Task An_unknown_owner_fails_with_AccountNotFound()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var change = await ConversationDeletion.DeleteAsync(session, "nobody", ConversationKey.ForPeer("user_0002"), false, TestSessions.Log(session), default);
        var e = Assert.IsType<ChatApiException>(change.Failure);
        Assert.Equal("AccountNotFound", e.ErrorId);
        Assert.Equal((false, 50001, "nobody", "c2c_user_0002"), (change.Succeeded, change.ResultCode, change.Account, change.ConversationId));
    }

    [Fact]
    public async Task Delete_is_not_retried_when_the_outcome_is_unknown_but_mark_contact_is()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        emulator.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [FaultKind.ServerError50004] = 1.0 } };

        var delete = await ConversationDeletion.DeleteAsync(session, "user_0001", ConversationKey.ForPeer("user_0002"), false, TestSessions.Log(session), default);
        Assert.Equal(50004, Assert.IsType<ChatApiException>(delete.Failure).ErrorCode);
        Assert.Equal(1, emulator.Requests("delete"));

        var change = ConversationMarkChange.Create(new[] { "Star" }, null, null);
        var marked = await ConversationMarking.MarkAsync(session, "user_0001", new[] { ConversationKey.ForPeer("user_0002") }, change, TestSessions.Log(session), default);
        Assert.Equal(50004, Assert.IsType<ChatApiException>(Assert.Single(marked).Failure).ErrorCode);
        Assert.Equal(TestSessions.FastRetries().MaxAttempts, emulator.Requests("mark_contact"));
    }

    [Fact]
    public async Task An_invalid_owner_is_refused_before_sending()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var change = await ConversationDeletion.DeleteAsync(session, new string('a', 33), ConversationKey.ForPeer("user_0002"), false, TestSessions.Log(session), default);
        Assert.Equal("InvalidAccount", Assert.IsType<ChatInputException>(change.Failure).ErrorId);
        Assert.Equal(0, emulator.Requests("delete"));
    }
}
