using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// What New-ChatContactGroup did for one account: the group (created now or found from an earlier run), and what
    /// happened to each conversation it was given. When the group could not be created, <see cref="Group"/> is null,
    /// <see cref="Failure"/> says why, and every conversation carries that failure.
    /// </summary>
    public sealed class ContactGroupCreation
    {
        internal ContactGroupCreation(ChatContactGroup? group, IReadOnlyList<ChatConversationChange> conversations, ChatAdminException? failure = null,
            bool alreadyExisted = false)
        {
            Group = group;
            Conversations = conversations;
            Failure = failure;
            AlreadyExisted = alreadyExisted;
        }

        public ChatContactGroup? Group { get; }

        /// <summary>The user had a group of that name before: it was not created, only the conversations it lacked were added.</summary>
        public bool AlreadyExisted { get; }
        public IReadOnlyList<ChatConversationChange> Conversations { get; }
        public ChatAdminException? Failure { get; }
    }

    /// <summary>
    /// create_contact_group, update_contact_group and del_contact_group (spec §2.3–2.5): one group per request.
    /// None of them is retried when the outcome is unknown (see <see cref="ChatCommand"/>): a repeated create
    /// would answer "already exists", a repeated rename or delete "not found", for a change that worked.
    /// </summary>
    public static class ContactGroupEditing
    {
        /// <summary>Conversations per create or update request (<see cref="ConversationCommands.MaxGroupWriteItems"/>).</summary>
        public const int MaxConversationsPerRequest = ConversationCommands.MaxGroupWriteItems;

        public const int MaxGroupsPerUser = 20;
        public const int MaxConversationsPerGroup = 1000;

        /// <summary>
        /// Makes sure <paramref name="account"/> has group <paramref name="name"/> holding <paramref name="conversations"/>.
        /// First reads the user's groups (one get_contact_group request). Without such a group it refuses a 21st group,
        /// sends create_contact_group with the first 100 conversations and adds the rest 100 per update_contact_group
        /// request. With such a group (an earlier run created it, and some of its adds failed) it looks the
        /// conversations up with search_contact_group (300 per request), counts those already in the group as done and
        /// adds only the others, so running the same command again finishes the job. A failed follow-up request fails
        /// only its own conversations; the group and every other result are kept.
        /// </summary>
        public static async Task<ContactGroupCreation> CreateAsync(ChatSession session, string account, string name,
            IReadOnlyList<ConversationKey> conversations, ChatLog log, CancellationToken cancellationToken)
        {
            ChatContactGroup? group = null;
            bool existedBefore = false;
            var changes = new List<ChatConversationChange>();
            var toAdd = new List<ConversationKey>();
            try
            {
                AccountIds.Validate(account);
                ContactGroupNames.ValidateName(name);
                int distinct = conversations.Distinct().Count();
                if (distinct > MaxConversationsPerGroup)
                    throw new ChatInputException("TooManyConversations",
                        $"Conversation group '{name}' would get {distinct} conversations; Tencent allows at most {MaxConversationsPerGroup} per group.", name);

                var existing = await ContactGroupPager.GetGroupsAsync(session, account, log, cancellationToken).ConfigureAwait(false);
                group = existing.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.Ordinal));
                existedBefore = group != null;
                if (group != null)
                {
                    log.Verbose($"'{account}' already has conversation group '{name}' (id {group.ContactGroupId}); adding the conversations it does not hold.");
                    changes.AddRange(await SortOutMembersAsync(session, account, group, conversations, toAdd, log, cancellationToken).ConfigureAwait(false));
                }
                else
                {
                    if (existing.Count >= MaxGroupsPerUser)
                        throw new ChatInputException("TooManyContactGroups",
                            $"'{account}' already has {existing.Count} conversation groups; Tencent allows at most {MaxGroupsPerUser}.", name, ChatErrorKind.QuotaExceeded);
                    var requests = Batches.Split(conversations, MaxConversationsPerRequest);
                    var first = requests.Count > 0 ? requests[0] : new ConversationKey[0];
                    try
                    {
                        (group, var created) = await SendCreateAsync(session, account, name, first, log, cancellationToken).ConfigureAwait(false);
                        changes.AddRange(created);
                    }
                    catch (ChatApiException e) when (e.Retry == RetryClass.SplitBatch && first.Count > 0)
                    {
                        // One conversation refused the whole create (51007, a dismissed group chat): create the group empty and
                        // add the first conversations like the rest, where the request is split to find the one at fault.
                        log.Verbose($"create_contact_group {account}: Tencent error {e.ErrorCode} ({e.ErrorId}); creating '{name}' empty and adding its conversations after.");
                        (group, _) = await SendCreateAsync(session, account, name, new ConversationKey[0], log, cancellationToken).ConfigureAwait(false);
                        toAdd.AddRange(first);
                    }
                    foreach (var later in requests.Skip(1))
                        toAdd.AddRange(later);
                }
            }
            catch (ChatAdminException e)
            {
                // The group was not created (or, after a create whose outcome is unknown, may have been: running the
                // command again finds it and adds what is missing).
                return new ContactGroupCreation(null, ItemResults.Failed(conversations, k => ChatConversationChange.For(account, k, ChatConversationActions.AddToContactGroup, name), e), e);
            }

            foreach (var batch in Batches.Split(toAdd, MaxConversationsPerRequest))
                changes.AddRange(await ChangeMembersAsync(session, account, name, add: true, batch, log, cancellationToken).ConfigureAwait(false));
            return new ContactGroupCreation(group, changes, alreadyExisted: existedBefore);
        }

        private static async Task<(ChatContactGroup Group, IReadOnlyList<ChatConversationChange> Changes)> SendCreateAsync(ChatSession session, string account,
            string name, IReadOnlyList<ConversationKey> first, ChatLog log, CancellationToken cancellationToken)
        {
            var request = new CreateContactGroupRequest
            {
                FromAccount = account,
                GroupContactItem = new[] { new WireGroupContactItem { GroupName = name, ContactItem = first.Select(WireMapping.ToContactItem).ToArray() } },
            };
            var response = await session.Transport.SendAsync<CreateContactGroupRequest, CreateContactGroupResponse>(
                ConversationCommands.CreateContactGroup, request, log, cancellationToken).ConfigureAwait(false);
            var result = response.GroupResultItem?.FirstOrDefault();
            var group = result?.GroupItem != null ? WireMapping.ToGroup(account, result.GroupItem) : new ChatContactGroup { Account = account, Name = name };
            log.Verbose($"create_contact_group {account}: created '{group.Name}' (id {group.ContactGroupId}) with {first.Count} conversations.");
            return (group, ItemResults.Match(ConversationCommands.CreateContactGroup.Name, account, ChatConversationActions.AddToContactGroup, name, first,
                result?.ResultItem, session.Redactor, log));
        }

        /// <summary>
        /// For a group that already exists: the conversations already in it, as done changes; the others go to
        /// <paramref name="toAdd"/>. A conversation listed twice is looked up once and added once.
        /// </summary>
        private static async Task<IReadOnlyList<ChatConversationChange>> SortOutMembersAsync(ChatSession session, string account, ChatContactGroup group,
            IReadOnlyList<ConversationKey> conversations, List<ConversationKey> toAdd, ChatLog log, CancellationToken cancellationToken)
        {
            var distinct = conversations.Distinct().ToList();
            var members = new HashSet<ConversationKey>();
            foreach (var batch in Batches.Split(distinct, ContactGroupSearch.MaxItemsPerRequest))
            {
                foreach (var record in await ContactGroupSearch.SearchAsync(session, account, batch, log, cancellationToken).ConfigureAwait(false))
                {
                    // A conversation that could not be looked up is added again: adding a member the group holds is harmless,
                    // and the add reports its own failure if the conversation cannot be changed either.
                    if (record.Failure != null)
                        log.Verbose($"search_contact_group {account}: {record.ConversationId} could not be looked up ({record.Failure.ErrorId}); it is added again.");
                    else if (record.ContactGroupIds.Contains(group.ContactGroupId))
                        members.Add(ConversationKey.Parse(record.ConversationId));
                }
            }
            var done = new List<ChatConversationChange>();
            foreach (var key in distinct)
            {
                if (members.Contains(key))
                    done.Add(ItemResults.Unchanged(ChatConversationChange.For(account, key, ChatConversationActions.AddToContactGroup, group.Name),
                        "Already in the group."));
                else
                    toAdd.Add(key);
            }
            log.Verbose($"search_contact_group {account}: {done.Count} of {distinct.Count} conversations are already in '{group.Name}'.");
            return done;
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
            var response = await SendNamingGroupAsync<UpdateContactGroupRequest, UpdateContactGroupResponse>(session, ConversationCommands.UpdateContactGroup, request,
                account, name, log, cancellationToken).ConfigureAwait(false);
            var result = response.UpdateGroupResult;
            log.Verbose($"update_contact_group {account}: renamed '{name}' to '{newName}'.");
            return new ChatContactGroup { Account = account, ContactGroupId = result?.GroupId ?? 0, Name = result?.GroupName ?? newName };
        }

        /// <summary>
        /// update_contact_group type 2 for at most <see cref="MaxConversationsPerRequest"/> conversations: add (ContactOptType 1)
        /// or remove (2). One change per conversation, also when the request fails as a whole (see <see cref="ItemResults"/>).
        /// </summary>
        public static async Task<IReadOnlyList<ChatConversationChange>> ChangeMembersAsync(ChatSession session, string account, string name, bool add,
            IReadOnlyList<ConversationKey> conversations, ChatLog log, CancellationToken cancellationToken)
        {
            string action = add ? ChatConversationActions.AddToContactGroup : ChatConversationActions.RemoveFromContactGroup;
            BatchSize.Check(conversations, ConversationCommands.UpdateContactGroup);
            var changes = await ItemResults.SendAsync(ConversationCommands.UpdateContactGroup.Name, account, conversations, async sent =>
            {
                AccountIds.Validate(account);
                ContactGroupNames.ValidateName(name);
                int opt = add ? UpdateContactGroupRequest.AddMember : UpdateContactGroupRequest.RemoveMember;
                var request = new UpdateContactGroupRequest
                {
                    FromAccount = account,
                    UpdateGroup = new WireUpdateGroup
                    {
                        UpdateGroupType = UpdateContactGroupRequest.ChangeMembers,
                        OldGroupName = name,
                        ContactUpdateItem = sent.Select(k => new WireContactUpdateItem { ContactOptType = opt, ContactItem = WireMapping.ToContactItem(k) }).ToArray(),
                    },
                };
                var response = await SendNamingGroupAsync<UpdateContactGroupRequest, UpdateContactGroupResponse>(session, ConversationCommands.UpdateContactGroup, request,
                    account, name, log, cancellationToken).ConfigureAwait(false);
                return ItemResults.Match(ConversationCommands.UpdateContactGroup.Name, account, action, name, sent,
                    response.UpdateGroupResult?.ContactResultItem, session.Redactor, log);
            }, key => ChatConversationChange.For(account, key, action, name), log).ConfigureAwait(false);
            log.Verbose($"update_contact_group {account}: {action} '{name}', {changes.Count(c => c.Succeeded)} of {changes.Count} succeeded.");
            return changes;
        }

        /// <summary>del_contact_group: deletes one group; the conversations in it are not touched.</summary>
        public static async Task<ChatContactGroup> DeleteAsync(ChatSession session, string account, string name, ChatLog log, CancellationToken cancellationToken)
        {
            AccountIds.Validate(account);
            ContactGroupNames.ValidateName(name);
            var request = new DelContactGroupRequest { FromAccount = account, GroupName = new[] { name } };
            var response = await SendNamingGroupAsync<DelContactGroupRequest, DelContactGroupResponse>(session, ConversationCommands.DeleteContactGroup, request,
                account, name, log, cancellationToken).ConfigureAwait(false);
            var deleted = response.GroupItem?.FirstOrDefault();
            log.Verbose($"del_contact_group {account}: deleted '{name}'.");
            return deleted != null ? WireMapping.ToGroup(account, deleted) : new ChatContactGroup { Account = account, Name = name };
        }

        /// <summary>
        /// Sends a request that names an existing group. "No such group" is 51009 in Tencent's client-SDK tables, which the
        /// catalogue maps to <c>ContactGroupNotFound</c>; that the REST API uses it is not yet seen against a real app (spec
        /// §1.6), so when such a request is refused as invalid or with an unknown code the user's groups are read: if the
        /// group is not there, the failure is <c>ContactGroupNotFound</c> (ObjectNotFound) too, whatever code was used.
        /// </summary>
        private static async Task<TResponse> SendNamingGroupAsync<TRequest, TResponse>(ChatSession session, ChatCommand command, TRequest request,
            string account, string name, ChatLog log, CancellationToken cancellationToken)
            where TResponse : WireEnvelope
        {
            try
            {
                return await session.Transport.SendAsync<TRequest, TResponse>(command, request, log, cancellationToken).ConfigureAwait(false);
            }
            // Refused as invalid, or with a code the catalogue does not know; an unknown account (50001) is not worth the look-up.
            catch (ChatApiException e) when (e.Kind == ChatErrorKind.InvalidArgument || e.Kind == ChatErrorKind.NotSpecified)
            {
                if (await GroupIsMissingAsync(session, account, name, log, cancellationToken).ConfigureAwait(false))
                    throw ContactGroupNames.NotFound(account, name);
                throw;
            }
        }

        private static async Task<bool> GroupIsMissingAsync(ChatSession session, string account, string name, ChatLog log, CancellationToken cancellationToken)
        {
            try
            {
                var groups = await ContactGroupPager.GetGroupsAsync(session, account, log, cancellationToken).ConfigureAwait(false);
                return !groups.Any(g => string.Equals(g.Name, name, StringComparison.Ordinal));
            }
            catch (ChatAdminException e)
            {
                // The write's own failure is the one to report; this look-up only refines it.
                log.Verbose($"get_contact_group {account}: could not check whether '{name}' exists ({e.ErrorId}).");
                return false;
            }
        }
    }
}
