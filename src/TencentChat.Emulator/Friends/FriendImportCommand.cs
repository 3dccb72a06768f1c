using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// friend_import (profile-sns spec §3.4): one-way rows with their data, up to 1000, no AllowType or blocklist checks
/// (UNCONFIRMED); an existing row gets the fields supplied (overwrite UNCONFIRMED). Per item: a bad field 30001
/// (an undeclared or mistyped custom tag included), an unknown friend 30003, the owner's friend cap 30010, the list cap 30011.
/// </summary>
internal sealed class FriendImportCommand(FriendSettings settings) : ICommand
{
    public string Name => "friend_import";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        var items = body.Objects(body.Array("AddFriendItem", SnsRequest.MaxTargets), "AddFriendItem");
        if (items.Count == 0) throw body.Invalid("AddFriendItem must not be empty.");
        FriendStore store = SnsRequest.Store(context);
        var results = new JsonArray();
        lock (store.Gate)
        {
            FriendUser from = store.User(owner);
            foreach (JsonFields item in items)
            {
                string target = item.Account("To_Account");
                (int code, string info) = Import(context, owner, from, target, item);
                results.Add(SnsRequest.Result(target, code, info));
            }
        }
        return SnsRequest.Answer("ResultItem", results);
    }

    private (int, string) Import(CommandContext context, string owner, FriendUser from, string target, JsonFields item)
    {
        string? addSource = item.OptionalString("AddSource");
        string? remark = item.OptionalText("Remark");
        string? wording = item.OptionalText("AddWording");
        long? addTime = item.OptionalInteger("AddTime");
        var lists = item.OptionalArray("GroupName") is { } array ? item.AccountTexts(array, "GroupName") : Array.Empty<string>();
        if (addSource == null || !SnsRequest.IsAddSource(addSource) || SnsRequest.TooLong(remark, SnsRequest.MaxRemarkBytes)
            || SnsRequest.TooLong(wording, SnsRequest.MaxWordingBytes) || !lists.All(SnsRequest.IsListName) || target == owner)
            return (FriendCodes.InvalidParameter, "Err_SNS_FriendImport_Invalid_Param");
        var custom = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (item.OptionalArray("CustomItem") is { } customItems)
            foreach (JsonFields pair in item.Objects(customItems, "CustomItem"))
            {
                string tag = pair.String("Tag");
                JsonNode? value = SnsRequest.CustomValue(tag, pair.Element("Value"), settings);
                if (value == null) return (FriendCodes.InvalidParameter, $"Err_SNS_FriendImport_Invalid_Custom_Tag: '{tag}' is not a declared custom friend field, or its value is not a string of at most 500 bytes or an integer.");
                custom[tag] = value;
            }
        if (!context.State.UserExists(target)) return (FriendCodes.AccountNotFound, "Err_SNS_FriendImport_Account_Not_Exist");
        bool existing = from.Friends.TryGetValue(target, out FriendRow? row);
        if (!existing && from.Friends.Count >= SnsRequest.MaxFriends) return (FriendCodes.OwnFriendCap, "Err_SNS_FriendImport_My_Friend_Num_Exceed_Threshold");
        row ??= new FriendRow();
        if (!SnsRequest.TryJoinLists(from, row, lists, replace: true)) return (FriendCodes.ListCap, "Err_SNS_FriendImport_Group_Num_Exceed_Threshold");
        row.AddSource = addSource;
        if (remark != null) row.Remark = remark;
        if (wording != null) row.AddWording = wording;
        row.AddTime = addTime ?? (existing ? row.AddTime : context.State.Now);
        foreach (var (tag, value) in custom) row.Custom[tag] = value;
        from.Friends[target] = row;
        from.StandardSequence++;
        if (custom.Count > 0) from.CustomSequence++;
        return (ErrorCodes.Ok, "");
    }
}
