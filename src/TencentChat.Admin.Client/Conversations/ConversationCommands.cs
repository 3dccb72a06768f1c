using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// The conversation family's commands (v4/recentcontact, recentcontact spec §2): all documented at 200 calls/s.
    /// Reads may be retried when the outcome is unknown; so may mark_contact, whose set/clear/replace semantics make a
    /// repeat land in the same state. A repeated create, update or delete could duplicate a group or turn a success into
    /// a confusing "already exists" or "not found", so those are not. top pins and unpins, which land in the same state
    /// when repeated (spec §2.9), so it is retried too.
    /// </summary>
    internal static class ConversationCommands
    {
        private const string Service = "recentcontact";

        /// <summary>
        /// Conversations per create or update request. The REST pages document no maximum for ContactItem (create) or
        /// ContactUpdateItem (update), but Tencent's client-SDK error tables name 51006 for more than 100 conversations in
        /// one mark or group operation (spec §1.6 [sdk]); 10 requests fill a group's 1000.
        /// </summary>
        internal const int MaxGroupWriteItems = 100;

        public static readonly ChatCommand GetList = Command("get_list", true);
        public static readonly ChatCommand Delete = Command("delete", false, maxItems: 1);
        public static readonly ChatCommand CreateContactGroup = Command("create_contact_group", false, MaxGroupWriteItems);
        public static readonly ChatCommand UpdateContactGroup = Command("update_contact_group", false, MaxGroupWriteItems);
        public static readonly ChatCommand DeleteContactGroup = Command("del_contact_group", false);
        public static readonly ChatCommand MarkContact = Command("mark_contact", true, MarkContactRequest.MaxItems);
        public static readonly ChatCommand SearchContactGroup = Command("search_contact_group", true, SearchContactGroupRequest.MaxItems);
        public static readonly ChatCommand GetContactGroup = Command("get_contact_group", true);
        // Items per call UNCONFIRMED (spec §2.9): see TopRequest.MaxItems.
        public static readonly ChatCommand Top = Command("top", true, TopRequest.MaxItems);

        /// <summary>Every command of the family, for the command registry (Invoke-ChatApi, documentation).</summary>
        public static readonly ChatCommand[] All =
            { GetList, Delete, CreateContactGroup, UpdateContactGroup, DeleteContactGroup, MarkContact, SearchContactGroup, GetContactGroup, Top };

        private static ChatCommand Command(string name, bool retryWhenOutcomeUnknown, int? maxItems = null) =>
            new ChatCommand(Service, name, retryWhenOutcomeUnknown, ConversationJsonContext.Default, maxItemsPerCall: maxItems);
    }
}
