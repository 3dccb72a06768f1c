using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>
/// update_contact_group (spec §2.4): UpdateGroupType 1 renames (NewGroupName ≤ 32 bytes, see
/// <see cref="ConversationLimits.GroupNameBytes"/>, 51011 beyond), 2 adds/removes up to 100 conversations (51006 beyond). An
/// unknown OldGroupName is 51009; a rename onto another group's name is 50002 (UNCONFIRMED). Removing a conversation
/// that is not in the group fails only that item (ResultCode 50002, UNCONFIRMED); adding one that already is in it
/// succeeds. If the adds would take the group over 1000 conversations the whole request fails with 51008 and nothing
/// is written.
/// </summary>
internal sealed class UpdateContactGroupCommand : ICommand
{
    private const int Rename = 1, ChangeMembers = 2, AddOpt = 1, RemoveOpt = 2;

    public string Name => "update_contact_group";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        ConversationUser owner = context.Owner(body);
        long updateType = body.Integer("UpdateType");
        if (updateType != 1) throw ConversationCodes.Invalid($"UpdateType must be 1, not {updateType}.");
        JsonFields update = body.Object("UpdateGroup");
        long groupUpdateType = update.Integer("UpdateGroupType");
        string oldName = update.String("OldGroupName");

        JsonObject result = groupUpdateType switch
        {
            Rename => RenameGroup(owner, update, oldName),
            ChangeMembers => ChangeGroupMembers(context, owner, update, oldName),
            _ => throw ConversationCodes.Invalid($"UpdateGroup.UpdateGroupType must be 1 (rename) or 2 (add/remove conversations), not {groupUpdateType}."),
        };
        return new JsonObject { ["UpdateType"] = updateType, ["UpdateGroupResult"] = result };
    }

    private static JsonObject RenameGroup(ConversationUser owner, JsonFields update, string oldName)
    {
        string newName = ContactJson.GroupName(update, "NewGroupName");
        lock (owner.Gate)
        {
            ContactGroup group = ContactJson.ExistingGroup(owner.Contacts, oldName, "UpdateGroup.OldGroupName");
            ContactGroup? clash = owner.Contacts.FindGroup(newName);
            if (clash != null && clash != group)
                throw ConversationCodes.Invalid($"UpdateGroup.NewGroupName: the user already has a conversation group named '{newName}'.");
            group.Name = newName;
            return Result(Rename, group, oldName);
        }
    }

    private static JsonObject ChangeGroupMembers(CommandContext context, ConversationUser owner, JsonFields update, string oldName)
    {
        JsonElement array = ContactJson.ConversationArray(update, "ContactUpdateItem");
        var changes = new List<(long Opt, PeerRef Peer)>();
        foreach (JsonFields item in update.Objects(array, "ContactUpdateItem"))
        {
            long opt = item.Integer("ContactOptType");
            if (opt is not (AddOpt or RemoveOpt))
                throw ConversationCodes.Invalid($"{item.PathOf("ContactOptType")} must be 1 (add) or 2 (remove), not {opt}.");
            changes.Add((opt, PeerRef.Read(item.Object("ContactItem"), PeerRef.ContactGroupKey)));
        }

        PeerTable peers = context.State.Conversations.Peers;
        long now = context.State.Now;
        lock (owner.Gate)
        {
            ContactBook contacts = owner.Contacts;
            ContactGroup group = ContactJson.ExistingGroup(contacts, oldName, "UpdateGroup.OldGroupName");
            var keys = changes.Select(c => c.Peer.Intern(peers)).ToList();
            int finalCount = CountAfter(contacts, group, changes.Select(c => c.Opt).ToList(), keys);
            if (finalCount > ConversationLimits.ConversationsPerGroup && finalCount > group.MemberCount)
                throw new ApiException(ConversationCodes.CapacityExceeded, $"Conversation group '{group.Name}' would hold {finalCount} conversations; the limit is {ConversationLimits.ConversationsPerGroup}.");

            var results = new JsonArray();
            for (int i = 0; i < changes.Count; i++)
            {
                (long opt, PeerRef peer) = changes[i];
                bool removedNothing = opt == RemoveOpt && !contacts.RemoveMember(group, keys[i], now);
                if (opt == AddOpt) contacts.AddMember(group, keys[i], now);
                var itemResult = new JsonObject { ["ContactOptType"] = opt, ["ContactItem"] = peer.ToContactItem() };
                results.Add(removedNothing
                    ? Envelope.ItemResult(itemResult, ConversationCodes.InvalidParameter, $"The conversation is not in group '{group.Name}'.")
                    : Envelope.ItemResult(itemResult, ErrorCodes.Ok, ""));
            }
            JsonObject result = Result(ChangeMembers, group, oldName);
            result["ContactResultItem"] = results;
            return result;
        }
    }

    /// <summary>Member count after applying the changes in order, without writing anything.</summary>
    private static int CountAfter(ContactBook contacts, ContactGroup group, List<long> opts, List<ConversationKey> keys)
    {
        var membership = new Dictionary<ConversationKey, bool>();
        int count = group.MemberCount;
        for (int i = 0; i < keys.Count; i++)
        {
            bool member = membership.TryGetValue(keys[i], out bool known) ? known : contacts.IsMember(group, keys[i]);
            bool add = opts[i] == AddOpt;
            if (add != member) count += add ? 1 : -1;
            membership[keys[i]] = add;
        }
        return count;
    }

    private static JsonObject Result(long updateGroupType, ContactGroup group, string oldName) => new()
    {
        ["UpdateGroupType"] = updateGroupType,
        ["GroupName"] = group.Name,
        ["GroupId"] = group.Id,
        ["OldGroupName"] = oldName,
    };
}
