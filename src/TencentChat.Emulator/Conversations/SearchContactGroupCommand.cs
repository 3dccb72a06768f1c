using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>
/// search_contact_group (spec §2.7): up to 300 conversations; those without any group/mark data are omitted
/// from ContactResultItem (UNCONFIRMED). GroupItem lists all the user's groups, as in the sample. A group chat marked
/// disbanded (<c>POST /_emulator/disband</c>) fails the whole request with 51007, the code Tencent documents
/// for "failed to replace GroupID with GroupCode" (whole request rather than per item is a guess: the answer has no
/// per-item result field).
/// </summary>
internal sealed class SearchContactGroupCommand : ICommand
{
    public string Name => "search_contact_group";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        ConversationUser owner = context.Owner(body);
        JsonElement array = body.Array("ContactItem", ConversationLimits.SearchItems);
        List<PeerRef> peers = body.Objects(array, "ContactItem").Select(item => PeerRef.Read(item, PeerRef.ContactGroupKey)).ToList();

        int disbanded = peers.FindIndex(p => p.Kind == ConversationKind.Group && context.State.Conversations.IsDisbanded(p.Peer));
        if (disbanded >= 0)
            throw new ApiException(ConversationCodes.GroupCodeLookupFailed,
                $"Failed to replace GroupID with GroupCode because an internal error occurred or the group was disbanded: ContactItem[{disbanded}].ToGroupId '{peers[disbanded].Peer}'.");

        PeerTable table = context.State.Conversations.Peers;
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
