using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>
/// create_contact_group (spec §2.3): one group per call, optionally seeded with up to 100 conversations (51006
/// beyond). A name over 32 bytes is 51011, a 21st group 51010 (both from the client-SDK tables, spec §1.6), a duplicate
/// name 50002 (UNCONFIRMED: no code is known). Nothing is written when the request fails. The 1000-per-group capacity
/// cannot be reached by a create, whose 100 conversations are the group's first.
/// </summary>
internal sealed class CreateContactGroupCommand : ICommand
{
    public string Name => "create_contact_group";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        ConversationUser owner = context.Owner(body);
        JsonFields spec = JsonFields.AsObject(body.Single("GroupContactItem"), "GroupContactItem[0]", body.Codes);
        string name = ContactJson.GroupName(spec, "GroupName");
        JsonElement contactArray = ContactJson.ConversationArray(spec, "ContactItem");
        List<PeerRef> peers = spec.Objects(contactArray, "ContactItem").Select(item => PeerRef.Read(item, PeerRef.ContactGroupKey)).ToList();

        long now = context.State.Now;
        lock (owner.Gate)
        {
            ContactBook contacts = owner.Contacts;
            if (contacts.FindGroup(name) != null)
                throw ConversationCodes.Invalid($"GroupContactItem[0].GroupName: the user already has a conversation group named '{name}'.");
            if (contacts.Groups.Count >= ConversationLimits.GroupsPerUser)
                throw new ApiException(ConversationCodes.TooManyContactGroups, $"The user already has {contacts.Groups.Count} conversation groups; the limit is {ConversationLimits.GroupsPerUser}.");

            ContactGroup group = contacts.AddGroup(name);
            var results = new JsonArray();
            foreach (PeerRef peer in peers)
            {
                // Listing a conversation twice is harmless: the second add is a no-op that still succeeds.
                contacts.AddMember(group, peer.Intern(context.State.Conversations.Peers), now);
                results.Add(Envelope.ItemResult(new JsonObject { ["ContactItem"] = peer.ToContactItem() }, ErrorCodes.Ok, ""));
            }
            var groupResult = new JsonObject { ["GroupItem"] = ContactJson.GroupItem(group), ["ResultItem"] = results };
            return new JsonObject { ["GroupResultItem"] = new JsonArray(groupResult) };
        }
    }
}
