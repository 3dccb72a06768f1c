using System;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Conversations.Wire
{
    /// <summary>Wire items to output objects, and conversation keys to wire ContactItems.</summary>
    internal static class WireMapping
    {
        /// <summary>
        /// Everything a get_list item says about its conversation. Account and ContactGroupNames are filled by the
        /// pager: the item is mapped while the body is read, before the answer's GroupItem may have been.
        /// </summary>
        public static ChatConversation ToConversation(in WireSessionItem item)
        {
            ConversationKey key = KeyOf(item.Type, item.ToAccount, item.GroupId, "get_list SessionItem", "GroupId");
            var bits = StandardMarks.ParseBits(item.StandardMark);
            return new ChatConversation
            {
                ConversationId = key.ConversationId,
                Type = key.Type,
                PeerAccount = key.PeerAccount,
                GroupId = key.GroupId,
                IsPinned = item.TopFlag == 1,
                LastMessageTime = item.MsgTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(item.MsgTime) : (DateTimeOffset?)null,
                StandardMark = item.StandardMark ?? string.Empty,
                Marks = StandardMarks.Names(bits),
                CustomMark = item.CustomMark ?? string.Empty,
                ContactGroupIds = Ids(item.ContactGroupId),
            };
        }

        /// <summary>A search_contact_group or get_contact_group item; <paramref name="contactGroupNames"/> are its groups' names, from the answer's GroupItem.</summary>
        public static ChatContactGroupRecord ToRecord(string account, WireContactItem item, ChatValueList<string> contactGroupNames)
        {
            ConversationKey key = KeyOf(item.Type, item.ToAccount, item.ToGroupId, "ContactItem", "ToGroupId");
            var record = NotFound(account, key);
            record.Found = true;
            record.StandardMark = item.StandardMark ?? string.Empty;
            record.Marks = StandardMarks.Names(StandardMarks.ParseBits(item.StandardMark));
            record.CustomMark = item.CustomMark ?? string.Empty;
            record.ContactGroupIds = Ids(item.ContactGroupId);
            record.ContactGroupNames = contactGroupNames;
            record.LastUpdateTime = item.Timestamp > 0 ? DateTimeOffset.FromUnixTimeSeconds(item.Timestamp.Value) : (DateTimeOffset?)null;
            return record;
        }

        public static ChatContactGroupRecord NotFound(string account, ConversationKey key) => new ChatContactGroupRecord
        {
            Account = account,
            ConversationId = key.ConversationId,
            Type = key.Type,
            PeerAccount = key.PeerAccount,
            GroupId = key.GroupId,
            Found = false,
        };

        public static ChatContactGroup ToGroup(string account, WireGroupItem group) => new ChatContactGroup
        {
            Account = account,
            ContactGroupId = group.GroupId,
            Name = group.GroupName ?? string.Empty,
        };

        public static WireContactItem ToContactItem(ConversationKey key) => new WireContactItem
        {
            Type = (int)key.Type,
            ToAccount = key.PeerAccount,
            ToGroupId = key.GroupId,
        };

        /// <summary>The conversation an echoed ContactItem names; false when it lacks the key its Type needs.</summary>
        public static bool TryKeyOf(WireContactItem item, out ConversationKey key)
        {
            key = default;
            if (Find(item.Type, item.ToAccount, item.ToGroupId) is not { } found) return false;
            key = found;
            return true;
        }

        private static ChatValueList<int> Ids(int[]? ids) =>
            ids == null || ids.Length == 0 ? ChatValueList<int>.Empty : new ChatValueList<int>(ids);

        private static ConversationKey KeyOf(int type, string? toAccount, string? groupId, string what, string groupField) =>
            Find(type, toAccount, groupId) ?? throw new ChatProtocolException("InvalidResponse",
                $"A {what} has Type {type} without the matching To_Account (Type 1) or {groupField} (Type 2).");

        private static ConversationKey? Find(int type, string? toAccount, string? groupId)
        {
            if (type == 1 && !string.IsNullOrEmpty(toAccount)) return ConversationKey.ForPeer(toAccount!);
            if (type == 2 && !string.IsNullOrEmpty(groupId)) return ConversationKey.ForGroup(groupId!);
            return null;
        }
    }
}
