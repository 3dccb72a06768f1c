using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// friend_get_list (profile-sns spec §3.10): named friends (at most 100) with the tags of TagList, friend tags from the
/// row and profile tags from the core's profile (unset tags left out). A target that is not a friend is a per-item 30001.
/// </summary>
internal sealed class FriendGetListCommand : ICommand
{
    public string Name => "friend_get_list";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        IReadOnlyList<string> targets = SnsRequest.Targets(body, "To_Account", 100);
        var tags = body.Array("TagList").EnumerateArray()
            .Select((t, i) => t.ValueKind == JsonValueKind.String ? t.GetString()! : throw body.Invalid($"TagList[{i}] must be a string.")).ToList();
        FriendStore store = SnsRequest.Store(context);
        var items = new JsonArray();
        lock (store.Gate)
        {
            FriendUser user = store.User(owner);
            foreach (string target in targets)
            {
                if (!user.Friends.TryGetValue(target, out FriendRow? row))
                {
                    items.Add(SnsRequest.Result(target, FriendCodes.InvalidParameter, "Err_SNS_FriendGetList_Friend_Not_Exist"));
                    continue;
                }
                var friendTags = FriendJson.Standard(row).Concat(FriendJson.Custom(row)).ToDictionary(p => p.Tag, p => p.Value, StringComparer.Ordinal);
                var values = new JsonArray();
                foreach (string tag in tags)
                {
                    JsonNode? value = friendTags.GetValueOrDefault(tag) ?? (tag.StartsWith("Tag_Profile_", StringComparison.Ordinal) ? context.State.ProfileOf(target)?.Get(tag) : null);
                    if (value != null) values.Add(FriendJson.Pair(tag, value.DeepClone()));
                }
                items.Add(Envelope.ItemResult(new JsonObject { ["To_Account"] = target, ["SnsProfileItem"] = values }, ErrorCodes.Ok, ""));
            }
        }
        return SnsRequest.Answer("InfoItem", items);
    }
}
