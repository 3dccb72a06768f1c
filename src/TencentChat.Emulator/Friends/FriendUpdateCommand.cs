using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// friend_update (profile-sns spec §3.5): per UpdateItem, its SnsItem tags: Tag_SNS_IM_Remark (at most 96 bytes),
/// Tag_SNS_IM_Group (replaces the friend's lists, creating new ones within the 32 cap, else 30011) and declared
/// Tag_SNS_Custom_* fields. A target that is not a friend is 30001 (UNCONFIRMED: 31704 is not listed for this command).
/// Each item is checked whole before any of its tags is applied.
/// </summary>
internal sealed class FriendUpdateCommand(FriendSettings settings) : ICommand
{
    public string Name => "friend_update";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        var items = body.Objects(body.Array("UpdateItem", SnsRequest.MaxTargets), "UpdateItem");
        if (items.Count == 0) throw body.Invalid("UpdateItem must not be empty.");
        FriendStore store = SnsRequest.Store(context);
        var results = new JsonArray();
        lock (store.Gate)
        {
            FriendUser from = store.User(owner);
            foreach (JsonFields item in items)
            {
                string target = item.Account("To_Account");
                (int code, string info) = Update(from, target, item);
                results.Add(SnsRequest.Result(target, code, info));
            }
        }
        return SnsRequest.Answer("ResultItem", results);
    }

    private (int, string) Update(FriendUser from, string target, JsonFields item)
    {
        if (!from.Friends.TryGetValue(target, out FriendRow? row)) return (FriendCodes.InvalidParameter, "Err_SNS_FriendUpdate_Friend_Not_Exist");
        string? remark = null;
        List<string>? lists = null;
        var custom = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (JsonFields pair in item.Objects(item.Array("SnsItem"), "SnsItem"))
        {
            string tag = pair.String("Tag");
            JsonElement value = pair.Element("Value");
            switch (tag)
            {
                case "Tag_SNS_IM_Remark":
                    if (value.ValueKind != JsonValueKind.String || SnsRequest.TooLong(value.GetString(), SnsRequest.MaxRemarkBytes))
                        return (FriendCodes.InvalidParameter, "Err_SNS_FriendUpdate_Invalid_Remark: a string of at most 96 bytes.");
                    remark = value.GetString();
                    break;
                case "Tag_SNS_IM_Group":
                    if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || !SnsRequest.IsListName(e.GetString()!)))
                        return (FriendCodes.InvalidParameter, "Err_SNS_FriendUpdate_Invalid_Group: an array of names of 1 to 30 bytes.");
                    lists = value.EnumerateArray().Select(e => e.GetString()!).ToList();
                    break;
                default:
                    JsonNode? customValue = SnsRequest.CustomValue(tag, value, settings);
                    if (customValue == null) return (FriendCodes.InvalidParameter, $"Err_SNS_FriendUpdate_Invalid_Tag: '{tag}' cannot be updated (Remark, Group or a declared Tag_SNS_Custom_ field).");
                    custom[tag] = customValue;
                    break;
            }
        }
        if (lists != null && !SnsRequest.TryJoinLists(from, row, lists, replace: true)) return (FriendCodes.ListCap, "Err_SNS_FriendUpdate_Group_Num_Exceed_Threshold");
        if (remark != null) row.Remark = remark;
        foreach (var (tag, value) in custom) row.Custom[tag] = value;
        if (remark != null || lists != null) from.StandardSequence++;
        if (custom.Count > 0) from.CustomSequence++;
        return (ErrorCodes.Ok, "");
    }
}
