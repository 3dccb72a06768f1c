using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Groups.Messages;

/// <summary>A system notification as send_group_system_notification recorded it: to everyone (no recipients) or to the members named.</summary>
public sealed record GroupNotification(string GroupId, string Content, IReadOnlyList<string> ToMembers, long Time);

/// <summary>
/// The system notifications sent (group spec §3.24): not part of a group's history (group_msg_get_simple lists member
/// messages; whether the service lists notices there is UNCONFIRMED), kept here so tests can read what was sent.
/// </summary>
internal sealed class GroupNotificationLog : IFamilyState
{
    private readonly List<GroupNotification> _sent = new();

    public void Add(GroupNotification notification)
    {
        lock (_sent) _sent.Add(notification);
    }

    public IReadOnlyList<GroupNotification> Of(string groupId)
    {
        lock (_sent) return _sent.Where(n => n.GroupId == groupId).ToList();
    }

    /// <summary>Notifications are the group's, not the account's: a deleted recipient's copies stay, as messages do.</summary>
    public void DropUser(string userId) { }
}

/// <summary>Direct access for tests to the notifications sent.</summary>
public static class ChatStateGroupNotifications
{
    extension(ChatState state)
    {
        public IReadOnlyList<GroupNotification> GetGroupNotifications(string groupId) => state.Family<GroupNotificationLog>().Of(groupId);
    }
}
