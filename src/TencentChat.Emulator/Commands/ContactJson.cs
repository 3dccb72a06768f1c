using System.Text;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.State;

namespace TencentChat.Emulator.Commands;

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

    public static JsonObject ItemResult(JsonObject item, int resultCode, string resultInfo)
    {
        item["ResultCode"] = resultCode;
        item["ResultInfo"] = resultInfo;
        return item;
    }

    /// <summary>GroupName / NewGroupName: non-empty, at most 32 UTF-8 bytes.</summary>
    public static string GroupName(JsonFields fields, string name)
    {
        string value = fields.String(name);
        int bytes = Encoding.UTF8.GetByteCount(value);
        return bytes <= Limits.GroupNameBytes
            ? value
            : throw ApiException.Invalid($"{fields.PathOf(name)} is {bytes} bytes of UTF-8; the limit is {Limits.GroupNameBytes}.");
    }

    public static ContactGroup ExistingGroup(ContactBook contacts, string name, string path) =>
        contacts.FindGroup(name) ?? throw ApiException.Invalid($"{path}: the user has no conversation group named '{name}'.");
}
