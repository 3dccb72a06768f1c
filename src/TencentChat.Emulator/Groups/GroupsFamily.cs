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
        registry.Settings.Add("GroupLegacyLimits", new Setting(() => _options.LegacyLimits, LegacyLimits));
    }

    public void Attach(ChatState state)
    {
        _options.Reset();
        state.Attach(new GroupStore(state, _options));
    }

    private Action LegacyLimits(JsonElement value) =>
        value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? () => _options.LegacyLimits = value.GetBoolean()
            : throw new ArgumentException($"GroupLegacyLimits must be true or false, not {value.GetRawText()}.");
}
