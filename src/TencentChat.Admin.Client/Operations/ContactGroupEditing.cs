using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Operations
{
    /// <summary>A created group and what happened to each conversation it was created with.</summary>
    public sealed class ContactGroupCreation
    {
        internal ContactGroupCreation(ChatContactGroup group, IReadOnlyList<ChatConversationChange> conversations)
        {
            Group = group;
            Conversations = conversations;
        }

        public ChatContactGroup Group { get; }
        public IReadOnlyList<ChatConversationChange> Conversations { get; }
    }

    /// <summary>
    /// create_contact_group, update_contact_group and del_contact_group (spec §2.3–2.5): one group per request.
    /// None of them is retried when the outcome is unknown (see <see cref="ChatCommand"/>): a repeated create
    /// would answer "already exists", a repeated rename or delete "not found", for a change that worked.
    /// </summary>
    public static class ContactGroupEditing
    {
        /// <summary>
        /// Conversations per create or update request. Tencent documents no maximum for ContactItem (create) or
        /// ContactUpdateItem (update) — UNCONFIRMED, spec §6.7 — so the module uses mark_contact's documented 100:
        /// small enough for any server limit that is likely, and 10 requests fill a group's 1000.
        /// </summary>
        public const int MaxConversationsPerRequest = 100;

        public const int MaxGroupsPerUser = 20;
        public const int MaxConversationsPerGroup = 1000;

        /// <summary>
        /// Creates group <paramref name="name"/> for <paramref name="account"/> with <paramref name="conversations"/>.
        /// First reads the user's groups (one get_contact_group request) to refuse a duplicate name or a 21st group
        /// with a clear error before anything is written; then sends the create with the first 100 conversations
        /// and adds the rest 100 per update_contact_group request.
        /// </summary>
        public static async Task<ContactGroupCreation> CreateAsync(ChatSession session, string account, string name,
            IReadOnlyList<ConversationKey> conversations, ChatLog log, CancellationToken cancellationToken)
        {
            AccountIds.Validate(account);
            ContactGroupNames.ValidateName(name);
            int distinct = conversations.Distinct().Count();
            if (distinct > MaxConversationsPerGroup)
                throw new ChatInputException("TooManyConversations",
                    $"Conversation group '{name}' would get {distinct} conversations; Tencent allows at most {MaxConversationsPerGroup} per group.", name);

            var existing = await ContactGroupPager.GetGroupsAsync(session, account, log, cancellationToken).ConfigureAwait(false);
            if (existing.Any(g => string.Equals(g.Name, name, StringComparison.Ordinal)))
                throw new ChatInputException("ContactGroupExists", $"'{account}' already has a conversation group named '{name}'.", name,
                    ChatErrorKind.InvalidOperation);
            if (existing.Count >= MaxGroupsPerUser)
                throw new ChatInputException("TooManyContactGroups",
                    $"'{account}' already has {existing.Count} conversation groups; Tencent allows at most {MaxGroupsPerUser}.", name, ChatErrorKind.QuotaExceeded);

            var first = conversations.Take(MaxConversationsPerRequest).ToList();
            var request = new CreateContactGroupRequest
            {
                FromAccount = account,
                GroupContactItem = new[] { new WireGroupContactItem { GroupName = name, ContactItem = first.Select(WireMapping.ToContactItem).ToArray() } },
            };
            var response = await session.Transport.SendAsync<CreateContactGroupRequest, CreateContactGroupResponse>(
                ChatCommand.CreateContactGroup, request, log, cancellationToken).ConfigureAwait(false);
            var result = response.GroupResultItem?.FirstOrDefault();
            var group = result?.GroupItem != null ? WireMapping.ToGroup(account, result.GroupItem) : new ChatContactGroup { Account = account, Name = name };
            log.Verbose($"create_contact_group {account}: created '{group.Name}' (id {group.ContactGroupId}) with {first.Count} conversations.");

            var changes = new List<ChatConversationChange>(ItemResults.Match(ChatCommand.CreateContactGroup.Name, account,
                ChatConversationActions.AddToContactGroup, name, first, result?.ResultItem, session.Redactor));
            for (int start = MaxConversationsPerRequest; start < conversations.Count; start += MaxConversationsPerRequest)
            {
                var batch = conversations.Skip(start).Take(MaxConversationsPerRequest).ToList();
                changes.AddRange(await ChangeMembersAsync(session, account, name, add: true, batch, log, cancellationToken).ConfigureAwait(false));
            }
            return new ContactGroupCreation(group, changes);
        }

        /// <summary>update_contact_group type 1. Both names are checked against the 32-byte limit (see <see cref="ContactGroupNames.MaxNameBytes"/>).</summary>
        public static async Task<ChatContactGroup> RenameAsync(ChatSession session, string account, string name, string newName,
            ChatLog log, CancellationToken cancellationToken)
        {
            AccountIds.Validate(account);
            ContactGroupNames.ValidateName(name);
            ContactGroupNames.ValidateName(newName, "new conversation group name");
            var request = new UpdateContactGroupRequest
            {
                FromAccount = account,
                UpdateGroup = new WireUpdateGroup { UpdateGroupType = UpdateContactGroupRequest.RenameGroup, OldGroupName = name, NewGroupName = newName },
            };
            var response = await session.Transport.SendAsync<UpdateContactGroupRequest, UpdateContactGroupResponse>(
                ChatCommand.UpdateContactGroup, request, log, cancellationToken).ConfigureAwait(false);
            var result = response.UpdateGroupResult;
            log.Verbose($"update_contact_group {account}: renamed '{name}' to '{newName}'.");
            return new ChatContactGroup { Account = account, ContactGroupId = result?.GroupId ?? 0, Name = result?.GroupName ?? newName };
        }

        /// <summary>update_contact_group type 2 for at most <see cref="MaxConversationsPerRequest"/> conversations: add (ContactOptType 1) or remove (2).</summary>
        public static async Task<IReadOnlyList<ChatConversationChange>> ChangeMembersAsync(ChatSession session, string account, string name, bool add,
            IReadOnlyList<ConversationKey> conversations, ChatLog log, CancellationToken cancellationToken)
        {
            AccountIds.Validate(account);
            ContactGroupNames.ValidateName(name);
            BatchSize.Check(conversations, MaxConversationsPerRequest, ChatCommand.UpdateContactGroup.Name);
            int opt = add ? UpdateContactGroupRequest.AddMember : UpdateContactGroupRequest.RemoveMember;
            var request = new UpdateContactGroupRequest
            {
                FromAccount = account,
                UpdateGroup = new WireUpdateGroup
                {
                    UpdateGroupType = UpdateContactGroupRequest.ChangeMembers,
                    OldGroupName = name,
                    ContactUpdateItem = conversations.Select(k => new WireContactUpdateItem { ContactOptType = opt, ContactItem = WireMapping.ToContactItem(k) }).ToArray(),
                },
            };
            var response = await session.Transport.SendAsync<UpdateContactGroupRequest, UpdateContactGroupResponse>(
                ChatCommand.UpdateContactGroup, request, log, cancellationToken).ConfigureAwait(false);
            string action = add ? ChatConversationActions.AddToContactGroup : ChatConversationActions.RemoveFromContactGroup;
            var changes = ItemResults.Match(ChatCommand.UpdateContactGroup.Name, account, action, name, conversations,
                response.UpdateGroupResult?.ContactResultItem, session.Redactor);
            log.Verbose($"update_contact_group {account}: {action} '{name}', {changes.Count(c => c.Succeeded)} of {changes.Count} succeeded.");
            return changes;
        }

        /// <summary>del_contact_group: deletes one group; the conversations in it are not touched.</summary>
        public static async Task<ChatContactGroup> DeleteAsync(ChatSession session, string account, string name, ChatLog log, CancellationToken cancellationToken)
        {
            AccountIds.Validate(account);
            ContactGroupNames.ValidateName(name);
            var request = new DelContactGroupRequest { FromAccount = account, GroupName = new[] { name } };
            var response = await session.Transport.SendAsync<DelContactGroupRequest, DelContactGroupResponse>(
                ChatCommand.DeleteContactGroup, request, log, cancellationToken).ConfigureAwait(false);
            var deleted = response.GroupItem?.FirstOrDefault();
            log.Verbose($"del_contact_group {account}: deleted '{name}'.");
            return deleted != null ? WireMapping.ToGroup(account, deleted) : new ChatContactGroup { Account = account, Name = name };
        }
    }
}
