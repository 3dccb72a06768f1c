using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// forbid_send_msg (group spec §3.17): mutes up to 500 Members_Account (more: 10005) for MuteTime seconds (old ShutUpTime;
/// 0 unmutes, 4294967295 permanent). Non-members are ignored (UNCONFIRMED). The mute survives leaving and rejoining.
/// Private (Work) groups do not support muting (doc 269/1627, 2025-12-15; code not stated): 10007.
/// </summary>
internal sealed class ForbidSendMsgCommand : ICommand
{
    public string Name => "forbid_send_msg";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        IReadOnlyList<string> accounts = GroupJson.Accounts(body, "Members_Account", GroupLimits.ForbidMembers);
        long seconds = GroupJson.MuteTime(body) ?? throw body.Invalid("MuteTime is required (seconds; 0 unmutes).");
        GroupStore store = context.Store();
        long now = context.State.Now;
        lock (store.Gate)
        {
            ChatGroup group = GroupJson.Group(store, body);
            if (group.Type == GroupType.Private) throw GroupCodes.TypeRefuses(group, "Muting members (forbid_send_msg)");
            foreach (string account in accounts)
                if (group.Member(account) != null) GroupJson.Mute(group, account, seconds, now);
            return new JsonObject();
        }
    }
}
