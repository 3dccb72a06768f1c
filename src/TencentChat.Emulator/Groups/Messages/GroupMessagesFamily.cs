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
/// OK with that MsgDropReason and stores nothing, the hook tests use for a dropped message (spec §5); "" turns it off
/// (a reset of the state does not). Part of the group family: <see cref="GroupsFamily"/> registers and attaches it.
/// </summary>
internal static class GroupMessagesFamily
{
    public static void Register(FamilyRegistry registry, GroupOptions groupOptions)
    {
        // One per registry, so per emulator: the family object itself is shared by every emulator of the process.
        var options = new GroupMessageOptions();
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new SendGroupMsgCommand(options)));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new SendGroupSystemNotificationCommand()));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new GroupMsgGetSimpleCommand()));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new GroupMsgRecallCommand()));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new DeleteGroupMsgBySenderCommand()));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new ImportGroupCommand(groupOptions)));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new ImportGroupMemberCommand()));
        registry.Commands.Add(CommandEntry.Of(GroupCodes.Service, new ImportGroupMsgCommand()));
        registry.Settings.Add("GroupMsgDropReason", new Setting(() => options.DropReason is { } reason ? JsonValue.Create(reason)! : JsonValue.Create(""),
            value => DropReason(options, value)));
    }

    public static void Attach(ChatState state) => state.Attach(new GroupNotificationLog());

    private static Action DropReason(GroupMessageOptions options, JsonElement value)
    {
        // Read now: the change runs after the request body (and so the element) is gone.
        string reason = value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new ArgumentException($"GroupMsgDropReason must be a string (\"\" for none), not {value.GetRawText()}.");
        return () => options.DropReason = reason.Length > 0 ? reason : null;
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
