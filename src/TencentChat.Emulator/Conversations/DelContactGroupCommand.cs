using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>
/// del_contact_group (spec §2.5): exactly one name per call; an unknown name is 51009 (spec §1.6 [sdk]). The group id
/// disappears from every record (records left empty are dropped); other groups keep their ids and the
/// conversations themselves are untouched.
/// </summary>
internal sealed class DelContactGroupCommand : ICommand
{
    public string Name => "del_contact_group";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        ConversationUser owner = context.Owner(body);
        JsonElement first = body.Single("GroupName");
        if (first.ValueKind != JsonValueKind.String || first.GetString()!.Length == 0)
            throw ConversationCodes.Invalid("GroupName[0] must be a non-empty JSON string.");
        string name = first.GetString()!;

        long now = context.State.Now;
        lock (owner.Gate)
        {
            ContactGroup group = ContactJson.ExistingGroup(owner.Contacts, name, "GroupName[0]");
            owner.Contacts.DeleteGroup(group, now);
            return new JsonObject { ["GroupItem"] = new JsonArray(ContactJson.GroupItem(group)) };
        }
    }
}
