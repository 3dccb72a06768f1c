using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>Response shapes shared by the group/mark commands.</summary>
internal static class ContactJson
{
    /// <summary>
    /// A ContactResultItem / get_contact_group ContactItem: StandardMark always present (may be ""), CustomMark
    /// and ContactGroupId omitted when there are none, Timestamp always — as in the spec §2.7/§2.8 samples.
    /// </summary>
    public static JsonObject Record(ContactRecord record, PeerTable peers)
    {
        JsonObject item = new PeerRef(record.Key.Kind, peers.NameOf(record.Key.PeerId)).ToContactItem();
        item["StandardMark"] = StandardMarkText.Format(record.StandardMark);
        if (record.CustomMark != null) item["CustomMark"] = record.CustomMark;
        if (record.GroupIds.Count > 0) item["ContactGroupId"] = GroupIds(record);
        item["Timestamp"] = record.Timestamp;
        return item;
    }

    public static JsonArray GroupIds(ContactRecord record) => new(record.GroupIds.Select(id => (JsonNode)id).ToArray());

    public static JsonObject GroupItem(ContactGroup group) => new() { ["GroupName"] = group.Name, ["GroupId"] = group.Id };

    public static JsonArray AllGroups(ContactBook contacts) => new(contacts.Groups.Select(g => (JsonNode)GroupItem(g)).ToArray());

    /// <summary>GroupName / NewGroupName: non-empty, at most 32 UTF-8 bytes (51011 beyond).</summary>
    public static string GroupName(JsonFields fields, string name)
    {
        string value = fields.String(name);
        int bytes = Encoding.UTF8.GetByteCount(value);
        return bytes <= ConversationLimits.GroupNameBytes
            ? value
            : throw new ApiException(ConversationCodes.ContactGroupNameTooLong, $"{fields.PathOf(name)} is {bytes} bytes of UTF-8; the limit is {ConversationLimits.GroupNameBytes}.");
    }

    /// <summary>The group a request names (51009 when the user has none of that name).</summary>
    public static ContactGroup ExistingGroup(ContactBook contacts, string name, string path) =>
        contacts.FindGroup(name) ?? throw new ApiException(ConversationCodes.ContactGroupNotFound, $"{path}: the user has no conversation group named '{name}'.");

    /// <summary>The conversations of a create/update_contact_group, mark_contact or top request: at most 100 (51006 beyond).</summary>
    public static JsonElement ConversationArray(JsonFields fields, string name)
    {
        JsonElement array = fields.Array(name);
        int length = array.GetArrayLength();
        return length <= ConversationLimits.ConversationsPerRequest
            ? array
            : throw new ApiException(ConversationCodes.TooManyItemsPerRequest, $"{fields.PathOf(name)} holds {length} conversations; the limit is {ConversationLimits.ConversationsPerRequest} per request.");
    }
}
