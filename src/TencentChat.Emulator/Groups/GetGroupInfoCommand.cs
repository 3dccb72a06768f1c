using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// get_group_info (group spec §3.3): up to 50 GroupIds (more: 10004), one GroupInfo each in request order, a missing one
/// as its own ErrorCode 10010 with the envelope OK (UNCONFIRMED). Without ResponseFilter every base field and the
/// MemberList; with one, only the named base fields, and members only when MemberInfoFilter is given. AVChatRoom:
/// profile only (no MemberNum, no MemberList).
/// </summary>
internal sealed class GetGroupInfoCommand : ICommand
{
    public string Name => "get_group_info";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        JsonElement array = body.Array("GroupIdList");
        int length = array.GetArrayLength();
        if (length == 0 || length > GroupLimits.InfoGroups) throw body.Invalid($"GroupIdList must hold 1 to {GroupLimits.InfoGroups} GroupIds, not {length}.");
        IReadOnlyList<string> ids = body.AccountTexts(array, "GroupIdList");
        HashSet<string>? baseFilter = null, memberFilter = null;
        bool filtered = body.Has("ResponseFilter");
        if (filtered)
        {
            JsonFields filter = body.Object("ResponseFilter");
            baseFilter = GroupJson.Filter(filter, "GroupBaseInfoFilter") ?? new HashSet<string>();
            memberFilter = GroupJson.Filter(filter, "MemberInfoFilter");
        }

        GroupStore store = context.Store();
        long now = context.State.Now;
        lock (store.Gate)
        {
            var infos = new JsonArray();
            foreach (string id in ids)
            {
                ChatGroup? group = store.Find(id);
                if (group == null)
                {
                    infos.Add(new JsonObject { ["GroupId"] = id, ["ErrorCode"] = GroupCodes.GroupNotFound, ["ErrorInfo"] = $"The group '{id}' does not exist or was dissolved." });
                    continue;
                }
                var info = new JsonObject { ["GroupId"] = group.GroupId, ["ErrorCode"] = 0, ["ErrorInfo"] = "" };
                GroupJson.AddProfile(info, group, baseFilter);
                if (group.Type != GroupType.AVChatRoom && (!filtered || memberFilter != null))
                    info["MemberList"] = new JsonArray(group.Members.Select(m => (JsonNode)GroupJson.Member(group, m, memberFilter, now)).ToArray());
                infos.Add(info);
            }
            return new JsonObject { ["GroupInfo"] = infos };
        }
    }
}
