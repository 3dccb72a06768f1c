using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>search_contact_group for one batch of one account's conversations (spec §2.7).</summary>
    public static class ContactGroupSearch
    {
        public const int MaxItemsPerRequest = SearchContactGroupRequest.MaxItems;

        /// <summary>
        /// One record per requested conversation, in request order. Conversations the response does not mention
        /// (Tencent documents no rule for conversations without group or mark data) come back with Found = false
        /// rather than vanishing, so every input row has an output row. When the request fails, each conversation's record
        /// (Found false) carries the failure (see <see cref="ItemResults.SendAsync{T}"/>); a session-wide failure is thrown.
        /// </summary>
        public static Task<IReadOnlyList<ChatContactGroupRecord>> SearchAsync(ChatSession session, string account,
            IReadOnlyList<ConversationKey> conversations, ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(conversations, ConversationCommands.SearchContactGroup);
            return ItemResults.SendAsync(ConversationCommands.SearchContactGroup.Name, account, conversations,
                sent => SendAsync(session, account, sent, log, cancellationToken), key => WireMapping.NotFound(account, key), log);
        }

        private static async Task<IReadOnlyList<ChatContactGroupRecord>> SendAsync(ChatSession session, string account,
            IReadOnlyList<ConversationKey> conversations, ChatLog log, CancellationToken cancellationToken)
        {
            AccountIds.Validate(account);
            var items = new WireContactItem[conversations.Count];
            for (int i = 0; i < items.Length; i++) items[i] = WireMapping.ToContactItem(conversations[i]);
            var request = new SearchContactGroupRequest { FromAccount = account, ContactItem = items };
            var response = await session.Transport.SendAsync<SearchContactGroupRequest, SearchContactGroupResponse>(
                ConversationCommands.SearchContactGroup, request, log, cancellationToken).ConfigureAwait(false);

            var names = new ContactGroupNames(response.GroupItem);
            var found = new Dictionary<ConversationKey, ChatContactGroupRecord>();
            foreach (var item in response.ContactResultItem ?? new WireContactItem[0])
            {
                if (WireMapping.TryKeyOf(item, out var key))
                    found[key] = WireMapping.ToRecord(account, item, names.NamesOf(item.ContactGroupId));
                else
                    log.Warning($"search_contact_group {account} answered a ContactItem without To_Account/ToGroupId; it was left out.");
            }
            log.Verbose($"search_contact_group {account}: {conversations.Count} asked, {found.Count} with group or mark data.");

            var results = new ChatContactGroupRecord[conversations.Count];
            for (int i = 0; i < results.Length; i++)
                results[i] = found.TryGetValue(conversations[i], out var record) ? record : WireMapping.NotFound(account, conversations[i]);
            return results;
        }
    }
}
