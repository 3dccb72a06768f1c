using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Groups;

/// <summary>A member as the direct access reads it.</summary>
public sealed record GroupMemberInfo(string Account, GroupRole Role, long JoinTime, string NameCard, string MsgFlag, long MutedUntil);

/// <summary>
/// The group family's direct access to a <see cref="ChatState"/>, for tests and seeds: the store's lock, none of the
/// API's validation or limits. Members named are imported as accounts if needed.
/// </summary>
public static class ChatStateGroups
{
    extension(ChatState state)
    {
        internal GroupStore Groups => state.Family<GroupStore>();

        /// <summary>Creates a group and returns its GroupId (generated when <paramref name="groupId"/> is null).</summary>
        public string CreateGroup(GroupType type, string name, string? owner = null, string? groupId = null)
        {
            GroupStore store = state.Groups;
            lock (store.Gate)
            {
                ChatGroup group = store.Create(type, name, groupId, state.Now);
                if (owner != null)
                {
                    state.AddUser(owner);
                    store.Join(group, owner, GroupRole.Owner, state.Now);
                }
                return group.GroupId;
            }
        }

        /// <summary>Adds a member (an existing member is left as it is).</summary>
        /// <exception cref="KeyNotFoundException">There is no such group.</exception>
        public void AddGroupMember(string groupId, string account, GroupRole role = GroupRole.Member, long? joinTime = null)
        {
            GroupStore store = state.Groups;
            state.AddUser(account);
            lock (store.Gate)
            {
                ChatGroup group = store.Find(groupId) ?? throw new KeyNotFoundException($"There is no group '{groupId}'.");
                if (group.Member(account) == null) store.Join(group, account, role, joinTime ?? state.Now);
            }
        }

        /// <summary>Every GroupId, in creation order.</summary>
        public IReadOnlyList<string> GroupIds
        {
            get
            {
                GroupStore store = state.Groups;
                lock (store.Gate) return store.InCreationOrder().Select(g => g.GroupId).ToList();
            }
        }

        public bool GroupExists(string groupId)
        {
            GroupStore store = state.Groups;
            lock (store.Gate) return store.Exists(groupId);
        }

        /// <summary>The group's members in join order; null when there is no such group.</summary>
        public IReadOnlyList<GroupMemberInfo>? GetGroupMembers(string groupId)
        {
            GroupStore store = state.Groups;
            lock (store.Gate)
            {
                ChatGroup? group = store.Find(groupId);
                long now = state.Now;
                return group?.Members.Select(m => new GroupMemberInfo(m.Account, m.Role, m.JoinTime, m.NameCard, m.MsgFlag, group.MutedUntilAt(m.Account, now))).ToList();
            }
        }

        /// <summary>A copy of the group's history, oldest first; null when there is no such group.</summary>
        public IReadOnlyList<GroupMessage>? GetGroupMessages(string groupId)
        {
            GroupStore store = state.Groups;
            lock (store.Gate) return store.Find(groupId)?.Messages.All.ToList();
        }

        /// <summary>Appends a message to a group's history as a send would, and returns its seq.</summary>
        /// <exception cref="KeyNotFoundException">There is no such group.</exception>
        public long AppendGroupMessage(string groupId, string? sender, string bodyJson, long? time = null, uint random = 0, int priority = 2)
        {
            GroupStore store = state.Groups;
            lock (store.Gate)
            {
                ChatGroup group = store.Find(groupId) ?? throw new KeyNotFoundException($"There is no group '{groupId}'.");
                GroupMessage message = group.Messages.Append(sender, time ?? state.Now, bodyJson, random, priority);
                group.LastMsgTime = message.Time;
                return message.Seq;
            }
        }
    }
}
