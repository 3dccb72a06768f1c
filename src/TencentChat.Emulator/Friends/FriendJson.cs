using System.Text.Json.Nodes;

namespace TencentChat.Emulator.Friends;

/// <summary>A friend row as ValueItem / SnsProfileItem {Tag, Value} pairs; tags never set are left out.</summary>
internal static class FriendJson
{
    public static IEnumerable<(string Tag, JsonNode Value)> Standard(FriendRow row)
    {
        yield return ("Tag_SNS_IM_AddSource", row.AddSource);
        if (row.Remark != null) yield return ("Tag_SNS_IM_Remark", row.Remark);
        if (row.Groups.Count > 0) yield return ("Tag_SNS_IM_Group", new JsonArray(row.Groups.Select(g => (JsonNode)g).ToArray()));
        if (row.AddWording != null) yield return ("Tag_SNS_IM_AddWording", row.AddWording);
        yield return ("Tag_SNS_IM_AddTime", row.AddTime);
    }

    public static IEnumerable<(string Tag, JsonNode Value)> Custom(FriendRow row) =>
        row.Custom.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value.DeepClone()));

    public static JsonObject Pair(string tag, JsonNode value) => new() { ["Tag"] = tag, ["Value"] = value };
}
