using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// get_joined_group_list (group spec §3.14): the user's groups in creation order, paged by Offset (Limit ≤ 5000, absent =
/// all), optional GroupType. AVChatRoom only with WithHugeGroups 1; a Private group with no message yet (not activated)
/// only with WithNoActiveGroups 1. Without ResponseFilter each item is the GroupId alone; GroupBaseInfoFilter adds the
/// named profile fields, SelfInfoFilter the user's own Role, JoinTime, MsgFlag, MsgSeq, UnreadMsgNum. An unknown user
/// has TotalCount 0 (UNCONFIRMED).
/// </summary>
internal sealed class GetJoinedGroupListCommand : ICommand
{
    private static readonly string[] SelfFields = { "Role", "JoinTime", "MsgFlag", "MsgSeq", "UnreadMsgNum" };

    public string Name => "get_joined_group_list";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string account = body.Account("Member_Account");
        long? limit = body.OptionalInteger("Limit");
        if (limit is < 1 or > GroupLimits.JoinedLimit) throw body.Invalid($"Limit must be 1 to {GroupLimits.JoinedLimit}, not {limit}.");
        long offset = body.OptionalInteger("Offset") ?? 0;
        if (offset < 0) throw body.Invalid("Offset must not be negative.");
        GroupType? type = null;
        if (body.OptionalString("GroupType") is { } typeText)
            type = GroupTypes.Parse(typeText) ?? throw body.Invalid($"GroupType '{typeText}' is not a group type.");
        bool huge = body.OptionalInteger("WithHugeGroups") == 1;
        bool inactive = body.OptionalInteger("WithNoActiveGroups") == 1;
        HashSet<string>? baseFilter = null, selfFilter = null;
        if (body.Has("ResponseFilter"))
        {
            JsonFields filter = body.Object("ResponseFilter");
            baseFilter = GroupJson.Filter(filter, "GroupBaseInfoFilter");
            selfFilter = GroupJson.Filter(filter, "SelfInfoFilter");
        }

        GroupStore store = context.Store();
        lock (store.Gate)
        {
            List<ChatGroup> groups = store.GroupsOf(account)
                .Where(g => type == null || g.Type == type)
                .Where(g => huge || g.Type != GroupType.AVChatRoom)
                .Where(g => inactive || g.Type != GroupType.Private || g.Messages.Count > 0)
                .ToList();
            IEnumerable<ChatGroup> window = groups.Skip((int)Math.Min(offset, int.MaxValue));
            var items = new JsonArray();
            foreach (ChatGroup group in limit == null ? window : window.Take((int)limit.Value))
            {
                var item = new JsonObject { ["GroupId"] = group.GroupId };
                if (baseFilter != null) GroupJson.AddProfile(item, group, baseFilter);
                if (selfFilter != null && group.Member(account) is { } self)
                {
                    var info = new JsonObject();
                    foreach (string field in SelfFields.Where(selfFilter.Contains))
                    {
                        info[field] = field switch
                        {
                            "Role" => self.Role.ToString(),
                            "JoinTime" => self.JoinTime,
                            "MsgFlag" => self.MsgFlag,
                            "MsgSeq" => self.MsgSeq,
                            _ => (JsonNode)self.UnreadMsgNum,
                        };
                    }
                    item["SelfInfo"] = info;
                }
                items.Add(item);
            }
            return new JsonObject { ["TotalCount"] = groups.Count, ["GroupIdList"] = items };
        }
    }
}
