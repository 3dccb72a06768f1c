using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Groups.Import;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Groups.Messages;

/// <summary>
/// The group family's message, recall and migration commands (group spec §3.6, §3.12, §3.23-§3.29) on the family's
/// state (<see cref="GroupStore"/>), the system notifications they record (<see cref="GroupNotificationLog"/>) and the
/// <c>GroupMsgDropReason</c> key of <c>/_emulator/settings</c>: when set (e.g. "MsgFreqCtrl"), send_group_msg answers
/// OK with that MsgDropReason and stores nothing, the hook tests use for a dropped message (spec §5).
/// </summary>
internal sealed class GroupMessagesFamily : IEmulatorFamily
{
    private readonly GroupMessageOptions _options = new();

    public void Register(FamilyRegistry registry)
    {
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new SendGroupMsgCommand(_options)));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new SendGroupSystemNotificationCommand()));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new GroupMsgGetSimpleCommand()));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new GroupMsgRecallCommand()));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new DeleteGroupMsgBySenderCommand()));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new ImportGroupCommand()));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new ImportGroupMemberCommand()));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new ImportGroupMsgCommand()));
        registry.Settings.Add("GroupMsgDropReason", new Setting(() => _options.DropReason is { } reason ? JsonValue.Create(reason)! : JsonValue.Create(""), DropReason));
    }

    public void Attach(ChatState state)
    {
        _options.DropReason = null;
        state.Attach(new GroupNotificationLog());
    }

    private Action DropReason(JsonElement value)
    {
        // Read now: the change runs after the request body (and so the element) is gone.
        string reason = value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new ArgumentException($"GroupMsgDropReason must be a string (\"\" for none), not {value.GetRawText()}.");
        return () => _options.DropReason = reason.Length > 0 ? reason : null;
    }
}

/// <summary>The switches of the message commands; back to none on every reset.</summary>
internal sealed class GroupMessageOptions
{
    private volatile string? _dropReason;

    public string? DropReason
    {
        get => _dropReason;
        set => _dropReason = value;
    }
}
