using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// The group family (group spec): <c>v4/group_open_http_svc</c>'s commands, its state (<see cref="GroupStore"/>) and the
/// <c>GroupLegacyLimits</c> key of <c>/_emulator/settings</c>.
/// </summary>
internal sealed class GroupsFamily : IEmulatorFamily
{
    private readonly GroupOptions _options = new();

    public void Register(FamilyRegistry registry)
    {
        foreach (ICommand command in new ICommand[]
        {
            new CreateGroupCommand(), new GetGroupInfoCommand(), new ModifyGroupBaseInfoCommand(), new DestroyGroupCommand(),
            new ChangeGroupOwnerCommand(), new GetJoinedGroupListCommand(), new GetGroupMemberInfoCommand(),
            new GetSpecifiedGroupMemberInfoCommand(), new AddGroupMemberCommand(), new DeleteGroupMemberCommand(),
            new ModifyGroupMemberInfoCommand(), new ForbidSendMsgCommand(), new GetGroupMutedAccountCommand(),
            // The command's old name (spec §0), still used by several SDKs: served as an alias, counted under its own name.
            new GetGroupMutedAccountCommand("get_group_shutted_uin"),
        })
        {
            registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, command));
        }
        // 1 call per second since 2020 (spec §1): the limiter enforces it whenever rate limiting is on.
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new GetAppIdGroupListCommand(), ratePerSecond: 1));
        registry.Settings.Add("GroupLegacyLimits", new Setting(() => _options.LegacyLimits, LegacyLimits));
    }

    public void Attach(ChatState state)
    {
        _options.Reset();
        state.Attach(new GroupStore(state, _options));
    }

    private Action LegacyLimits(JsonElement value)
    {
        bool legacy = value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new ArgumentException($"GroupLegacyLimits must be true or false, not {value.GetRawText()}.");
        return () => _options.LegacyLimits = legacy;
    }
}
