using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// get_group_muted_account (group spec §3.18), also served under its old name get_group_shutted_uin: the members whose
/// mute has not expired (expired ones are left out, UNCONFIRMED), as MutedAccountList [{Member_Account, MutedUntil}] and
/// under the old names ShuttedUinList [{Member_Account, ShuttedUntil}]. No paging.
/// </summary>
internal sealed class GetGroupMutedAccountCommand : ICommand
{
    public GetGroupMutedAccountCommand(string name = "get_group_muted_account") => Name = name;

    public string Name { get; }

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        GroupStore store = context.Store();
        long now = context.State.Now;
        lock (store.Gate)
        {
            ChatGroup group = GroupJson.Group(store, body);
            var muted = group.Members.Select(m => (m.Account, Until: group.MutedUntilAt(m.Account, now))).Where(m => m.Until > 0).ToList();
            return new JsonObject
            {
                ["GroupId"] = group.GroupId,
                ["MutedAccountList"] = new JsonArray(muted.Select(m => (JsonNode)new JsonObject { ["Member_Account"] = m.Account, ["MutedUntil"] = m.Until }).ToArray()),
                ["ShuttedUinList"] = new JsonArray(muted.Select(m => (JsonNode)new JsonObject { ["Member_Account"] = m.Account, ["ShuttedUntil"] = m.Until }).ToArray()),
            };
        }
    }
}
