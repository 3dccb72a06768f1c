using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Conversations;

/// <summary>
/// The conversation family's direct access to a <see cref="ChatState"/>, for tests and seeds: the same per-user locks
/// as the API, none of its validation or limits. Every member that names an owner imports the owner if needed.
/// </summary>
public static class ChatStateConversations
{
    extension(ChatState state)
    {
        internal ConversationStore Conversations => state.Family<ConversationStore>();

        /// <summary>Adds or replaces a conversation in <paramref name="owner"/>'s recent-contact list.</summary>
        public void PutConversation(string owner, ConversationKind kind, string peer, long msgTime, bool pinned = false, bool empty = false)
        {
            if (msgTime < 1 || msgTime > uint.MaxValue) throw new ArgumentOutOfRangeException(nameof(msgTime), "MsgTime must be a positive uint32 Unix time.");
            ConversationUser user = state.ConversationsOf(owner);
            var conversation = new Conversation { Kind = kind, PeerId = state.Conversations.Peers.Intern(peer), MsgTime = (uint)msgTime, Pinned = pinned, Empty = empty };
            lock (user.Gate) user.Conversations.Put(conversation);
        }

        /// <summary>
        /// A message between <paramref name="owner"/> and <paramref name="peer"/> at <paramref name="msgTime"/>: the
        /// conversation is added, or its MsgTime moves forward (never back) and it is no longer empty; pinned stays pinned.
        /// </summary>
        public void RecordMessage(string owner, ConversationKind kind, string peer, long msgTime)
        {
            ConversationUser user = state.ConversationsOf(owner);
            int peerId = state.Conversations.Peers.Intern(peer);
            uint time = (uint)Math.Clamp(msgTime, 1, uint.MaxValue);
            lock (user.Gate)
            {
                bool found = user.Conversations.TryGet(new ConversationKey(kind, peerId), out Conversation existing);
                if (found && existing.MsgTime >= time && !existing.Empty) return;
                user.Conversations.Put(new Conversation
                {
                    Kind = kind, PeerId = peerId, MsgTime = found ? Math.Max(existing.MsgTime, time) : time, Pinned = found && existing.Pinned, Empty = false,
                });
            }
        }

        public bool RemoveConversation(string owner, ConversationKind kind, string peer)
        {
            ConversationUser user = state.ConversationsOf(owner);
            if (!state.Conversations.Peers.TryGetId(peer, out int peerId)) return false;
            lock (user.Gate) return user.Conversations.Remove(new ConversationKey(kind, peerId));
        }

        /// <summary>The list in the emulator's get_list order: pinned first, then MsgTime descending.</summary>
        public IReadOnlyList<ConversationInfo> GetConversations(string owner)
        {
            ConversationUser user = state.ConversationsOf(owner);
            PeerTable peers = state.Conversations.Peers;
            lock (user.Gate)
            {
                return user.Conversations.InListOrder()
                    .Select(c => new ConversationInfo(c.Kind, peers.NameOf(c.PeerId), c.MsgTime, c.Pinned, c.Empty))
                    .ToList();
            }
        }

        /// <summary>Creates a conversation group and returns its id (no name or count checks).</summary>
        public int CreateGroup(string owner, string name)
        {
            ConversationUser user = state.ConversationsOf(owner);
            lock (user.Gate) return user.Contacts.AddGroup(name).Id;
        }

        public IReadOnlyList<ContactGroupInfo> GetGroups(string owner)
        {
            ConversationUser user = state.ConversationsOf(owner);
            lock (user.Gate) return user.Contacts.Groups.Select(g => new ContactGroupInfo(g.Id, g.Name, g.MemberCount)).ToList();
        }

        public void AddToGroup(string owner, int groupId, ConversationKind kind, string peer)
        {
            ConversationUser user = state.ConversationsOf(owner);
            lock (user.Gate)
            {
                ContactGroup group = user.Contacts.Groups.FirstOrDefault(g => g.Id == groupId)
                    ?? throw new ArgumentException($"User '{owner}' has no conversation group {groupId}.", nameof(groupId));
                user.Contacts.AddMember(group, new ConversationKey(kind, state.Conversations.Peers.Intern(peer)), state.Now);
            }
        }

        /// <summary>Replaces both marks of a conversation (<c>0</c> and <c>null</c> clear them).</summary>
        public void SetMarks(string owner, ConversationKind kind, string peer, ulong standardMark, string? customMark)
        {
            ConversationUser user = state.ConversationsOf(owner);
            lock (user.Gate) user.Contacts.SetMarks(new ConversationKey(kind, state.Conversations.Peers.Intern(peer)), standardMark, customMark, state.Now);
        }

        /// <summary>Overrides a record's Timestamp, so a seed or test can hold fixed sample values.</summary>
        public void SetRecordTimestamp(string owner, ConversationKind kind, string peer, long timestamp)
        {
            ConversationUser user = state.ConversationsOf(owner);
            lock (user.Gate)
            {
                ContactRecord record = (state.Conversations.Peers.TryGetId(peer, out int peerId) ? user.Contacts.Find(new ConversationKey(kind, peerId)) : null)
                    ?? throw new ArgumentException($"User '{owner}' has no group/mark record for '{peer}'.", nameof(peer));
                record.Timestamp = timestamp;
            }
        }

        public ContactRecordInfo? GetContactRecord(string owner, ConversationKind kind, string peer)
        {
            ConversationUser user = state.ConversationsOf(owner);
            if (!state.Conversations.Peers.TryGetId(peer, out int peerId)) return null;
            lock (user.Gate)
            {
                ContactRecord? r = user.Contacts.Find(new ConversationKey(kind, peerId));
                return r == null ? null : new ContactRecordInfo(kind, peer, r.StandardMark, r.CustomMark, r.GroupIds.ToList(), r.Timestamp);
            }
        }

        /// <summary>
        /// Marks a group chat as disbanded: search_contact_group naming it then fails with 51007 ("failed to replace GroupID
        /// with GroupCode ... the group was disbanded"). The emulator keeps no other group-chat state.
        /// </summary>
        public void DisbandGroupChat(string groupId) => state.Conversations.Disband(groupId);

        /// <summary>Total conversations over all users (for measurements and generate-seed checks).</summary>
        public long ConversationCount => state.Conversations.ConversationCount;

        private ConversationUser ConversationsOf(string owner)
        {
            state.AddUser(owner);
            return state.Conversations.User(owner);
        }
    }
}
