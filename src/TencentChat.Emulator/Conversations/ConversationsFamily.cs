using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Conversations;

/// <summary>The <c>v4/recentcontact</c> family (spec §2): its nine commands, <c>POST /_emulator/disband</c> and its state.</summary>
internal sealed class ConversationsFamily : IEmulatorFamily
{
    public void Register(FamilyRegistry registry)
    {
        foreach (ICommand command in new ICommand[]
        {
            new GetListCommand(), new DeleteCommand(), new CreateContactGroupCommand(), new UpdateContactGroupCommand(),
            new DelContactGroupCommand(), new MarkContactCommand(), new SearchContactGroupCommand(), new GetContactGroupCommand(),
            new TopCommand(),
        })
        {
            registry.Commands.Add(CommandEntry.Of(ConversationCodes.Service, command));
        }
        registry.ControlOperations.Add("disband", Disband);
    }

    public void Attach(ChatState state) => state.Attach(new ConversationStore());

    /// <summary>
    /// {"GroupId":"@TGS#..."}: marks a group chat dismissed (<see cref="ChatStateConversations"/>' DisbandGroupChat), so a
    /// search_contact_group naming it fails with 51007. Until the next reset; the emulator keeps no other group-chat state.
    /// </summary>
    private static JsonObject Disband(ChatState state, JsonElement body)
    {
        string groupId = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("GroupId", out JsonElement id)
            && id.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(id.GetString())
            ? id.GetString()!
            : throw new ArgumentException("The body must be {\"GroupId\":\"@TGS#...\"} with a non-empty GroupId.");
        state.DisbandGroupChat(groupId);
        return new JsonObject { ["disbanded"] = groupId };
    }
}
