using System.Text;
using System.Text.Json;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups.Messages;

/// <summary>What the message commands check alike: the group named by GroupId, and a MsgBody.</summary>
internal static class GroupMessageRules
{
    /// <summary>A message's size limit for send_group_msg (message spec §2.3: 12 KB; UNCONFIRMED what is measured; here the MsgBody JSON plus CloudCustomData).</summary>
    public const int MaxSendBytes = 12288;

    /// <summary>import_group_msg's per-message limit (§3.29: Result 80002 over 8000 bytes).</summary>
    public const int MaxImportBytes = 8000;

    public const int MessageTooLong = 80002;

    /// <summary>The group named by GroupId, or 10010 when there is none (a malformed GroupId is 10015). Call under the store's gate.</summary>
    public static ChatGroup Group(GroupStore store, JsonFields body)
    {
        string groupId = body.String("GroupId");
        if (groupId.Length > GroupLimits.GroupIdBytes || groupId.Any(char.IsControl))
            throw new ApiException(GroupCodes.InvalidGroupId, $"GroupId '{groupId}' is not a valid group ID.");
        return store.Find(groupId) ?? throw GroupCodes.NotFound(groupId);
    }

    /// <summary>
    /// The MsgBody array (message spec §4.1): a non-empty array of objects with a MsgType string and a MsgContent object,
    /// at most one TIMCustomElem; anything else is 10004 on this service (the openim codes 90002/90007 are C2C's). Returns
    /// its JSON text as sent, which history answers again unchanged.
    /// </summary>
    public static string Body(JsonFields fields, string name = "MsgBody")
    {
        JsonElement body = fields.Array(name);
        if (body.GetArrayLength() == 0) throw fields.Invalid($"{fields.PathOf(name)} must hold at least one element.");
        int custom = 0;
        int index = 0;
        foreach (JsonElement element in body.EnumerateArray())
        {
            string path = $"{fields.PathOf(name)}[{index++}]";
            if (element.ValueKind != JsonValueKind.Object
                || !element.TryGetProperty("MsgType", out JsonElement type) || type.ValueKind != JsonValueKind.String
                || !element.TryGetProperty("MsgContent", out JsonElement content) || content.ValueKind != JsonValueKind.Object)
                throw fields.Invalid($"{path} must be an object with a MsgType string and a MsgContent object.");
            if (type.GetString() == "TIMCustomElem" && ++custom > 1)
                throw fields.Invalid($"{path}: a message holds at most one TIMCustomElem.");
        }
        return body.GetRawText();
    }

    public static int Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>The admin a message sent without From_Account shows as its sender (message spec §2.1).</summary>
    public static string Admin(CommandContext context) => context.Administrators.Count > 0 ? context.Administrators[0] : "administrator";
}
