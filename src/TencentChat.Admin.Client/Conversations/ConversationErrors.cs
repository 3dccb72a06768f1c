using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>The conversation family's Tencent codes (recentcontact spec §1.6) and its own ErrorIds, for the one catalogue.</summary>
    internal static class ConversationErrors
    {
        public static void Register(ChatErrorCodes codes)
        {
            // 51007 (search_contact_group; ERR_SVR_CONV_CONV_MARK_OPERATE_FAILED in the client SDKs): "Failed to replace GroupID
            // with GroupCode because an internal error occurred or the group was disbanded". One dismissed group chat fails the
            // whole request, and asking again unchanged fails again, so the transport does not retry it: the batch is split in
            // halves until the group conversations that fail alone are found, and only they get this error (ItemResults).
            // ResourceUnavailable rather than ObjectNotFound: the text names two causes that cannot be told apart, and an
            // internal error is not a missing object; the splitting asks every half again, which also covers that cause.
            codes.Add("GroupChatUnavailable", ChatErrorKind.ResourceUnavailable, RetryClass.SplitBatch,
                "The group chat was disbanded, or Tencent failed internally: check its GroupId and leave it out, or try again later.", 51007);
            // 51008 is documented on all six group/mark pages; 51006 and 51009-51011 come from Tencent's client-SDK error tables
            // (the ERR_SVR_CONV_* codes of the conversation server these REST calls reach). That REST returns them unchanged
            // is the reading the conformance suite (Diagnostics/) lets a user with a real app check.
            codes.Add("CapacityExceeded", ChatErrorKind.QuotaExceeded, RetryClass.Never,
                "A user may have at most 1000 conversations in one conversation group and at most 1000 with marks or custom data; remove some first.", 51008);
            codes.Add("TooManyConversationsPerRequest", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "More than 100 conversations in one mark or group request; the cmdlets send at most 100, so please report it.", 51006);
            codes.Add("ContactGroupNotFound", ChatErrorKind.ObjectNotFound, RetryClass.Never,
                "The user has no conversation group of that name; list them with Get-ChatContactGroup.", 51009);
            codes.Add("TooManyContactGroups", ChatErrorKind.QuotaExceeded, RetryClass.Never,
                "The user already has 20 conversation groups (Tencent's limit); remove one with Remove-ChatContactGroup first.", 51010);
            codes.Add("InvalidContactGroupName", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "A conversation-group name may be at most 32 bytes of UTF-8; use a shorter name.", 51011);

            // The ErrorIds the family raises itself, before anything is sent.
            codes.Advice("InvalidConversation",
                "Name the conversation by -PeerAccount (C2C), -GroupId (group chat) or -ConversationId.");
            codes.Advice("InvalidConversationId",
                "Use c2c_<UserID> or group_<GroupId>, as Get-ChatConversation writes them; if it came from a CSV file, check that row's quotes.");
            codes.Advice("InvalidContactGroupName",
                "Use a conversation-group name of 1 to 32 bytes of UTF-8.");
            codes.Advice("ContactGroupNotFound",
                "List the user's groups with Get-ChatContactGroup -Account <user>.");
            codes.Advice("TooManyContactGroups",
                "Remove a group first (Remove-ChatContactGroup): Tencent allows 20 per user.");
            codes.Advice("TooManyConversations",
                "Split the conversations over several groups: Tencent allows 1000 per group.");
            codes.Advice("InvalidMark",
                "Use Star, Unread, Fold, Hide, App32...App63, Bit0...Bit63 or a bit number 0...63 (tab completion lists them).");
            codes.Advice("CommaSeparatedList",
                "Separate the items of a Marks or ContactGroupNames cell with ';' (Star;Unread, group_0001;group_0002), as the views show them; for a group really named with ', ', add the conversation with Add-ChatContactGroupMember -ContactGroupName first.");
            codes.Advice("ConflictingMarks",
                "Name each mark in -Set or in -Clear, not in both.");
            codes.Advice("InvalidCustomMark",
                "Shorten the custom mark to at most 256 bytes of UTF-8.");
            codes.Advice("NoMarkChange",
                "Give -Set, -Clear or -CustomMark.");
            codes.Advice("NoConversationState",
                "Give the conversation's Marks, CustomMark, ContactGroupNames or IsPinned (a property, a CSV column or a parameter); a part left out is left as it is.");
            codes.Advice("ConflictingConversationState",
                "Give each conversation once per run, or the same state each time: only the last one given was applied.");
            codes.Advice("TooManyPinnedConversations",
                "Unpin some of the account's conversations first (Set-ChatConversationPin -Unpin): Tencent allows 50 pinned per user.");
            codes.Advice("MissingItemResult",
                "Check that conversation with Search-ChatContactGroup, and repeat the change if it is not there.");
        }
    }
}
