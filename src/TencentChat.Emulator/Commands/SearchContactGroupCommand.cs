using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.State;

namespace TencentChat.Emulator.Commands;

/// <summary>
/// search_contact_group (spec §2.7): up to 300 conversations; those without any group/mark data are omitted
/// from ContactResultItem (UNCONFIRMED). GroupItem lists all the user's groups, as in the sample.
/// </summary>
internal sealed class SearchContactGroupCommand : ICommand
{
    public string Name => "search_contact_group";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        UserState owner = context.Owner(body);
        JsonElement array = body.Array("ContactItem", Limits.SearchItems);
        List<PeerRef> peers = body.Objects(array, "ContactItem").Select(item => PeerRef.Read(item, PeerRef.ContactGroupKey)).ToList();

        PeerTable table = context.State.Peers;
        lock (owner.Gate)
        {
            var found = new JsonArray();
            foreach (PeerRef peer in peers.Distinct())
            {
                if (peer.Find(table) is ConversationKey key && owner.Contacts.Find(key) is ContactRecord record)
                    found.Add(ContactJson.Record(record, table));
            }
            return new JsonObject { ["ContactResultItem"] = found, ["GroupItem"] = ContactJson.AllGroups(owner.Contacts) };
        }
    }
}
