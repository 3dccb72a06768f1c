using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Groups.Messages;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// The group family (group spec): <c>v4/group_open_http_svc</c>'s commands, its state (<see cref="GroupStore"/>) and the
/// <c>GroupLegacyLimits</c> key of <c>/_emulator/settings</c>.
/// </summary>
internal sealed class GroupsFamily : IEmulatorFamily
{
    public void Register(FamilyRegistry registry)
    {
        // One per registry, so per emulator: this family object is shared by every emulator of the process, and tests
        // run emulators side by side.
        var options = new GroupOptions();
        foreach (ICommand command in new ICommand[]
        {
            new CreateGroupCommand(options), new GetGroupInfoCommand(), new ModifyGroupBaseInfoCommand(options), new DestroyGroupCommand(),
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
        GroupMessagesFamily.Register(registry, options);
        registry.Settings.Add("GroupLegacyLimits", new Setting(() => options.LegacyLimits, value => LegacyLimits(options, value)));
    }

    public void Attach(ChatState state)
    {
        state.Attach(new GroupStore(state));
        GroupMessagesFamily.Attach(state);
    }

    private static Action LegacyLimits(GroupOptions options, JsonElement value)
    {
        bool legacy = value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new ArgumentException($"GroupLegacyLimits must be true or false, not {value.GetRawText()}.");
        return () => options.LegacyLimits = legacy;
    }
}
