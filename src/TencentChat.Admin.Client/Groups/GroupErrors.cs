using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Groups
{
    /// <summary>The group family's Tencent codes (group spec §4, 10002-10060 plus openim's for modify_group_msg) and its own ErrorIds.</summary>
    internal static class GroupErrors
    {
        /// <summary>The ErrorId of a group that does not exist or was dissolved: Tencent's 10010, and a per-group 10010 of get_group_info.</summary>
        internal const string GroupNotFound = "ChatGroupNotFound";

        /// <summary>The ErrorId of a feature Tencent refuses for a group's type (spec §2.2), raised with the type named.</summary>
        internal const string TypeNotSupported = "GroupTypeNotSupported";

        /// <summary>The ErrorId of a named account that is not a member of the group.</summary>
        internal const string MemberNotFound = "ChatGroupMemberNotFound";

        public static void Register(ChatErrorCodes codes)
        {
            // Retry column of spec §4 (our reading): 10002 internal error and the rate limits 10006/10023/10049 are retried
            // as the common ServerError/Throttled are; everything else is not.
            codes.Also("ServerError", 10002);
            codes.Add("UnknownGroupCommand", ChatErrorKind.ProtocolError, RetryClass.Never,
                "The group service does not know this command: check Invoke-ChatApi -Command's spelling (group_open_http_svc/<command>), or the command is not available on this app.",
                10003);
            codes.Also("InvalidParameter", 10004);
            // Kinds: a refusal that concerns one group, member or message is never PermissionDenied or InvalidOperation,
            // which make a failure session-wide (ChatAdminException.IsSessionWide) and would stop a fan-out over many groups.
            codes.Add("TooManyAccountsPerRequest", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "Too many accounts in one request for this command; the cmdlets send the documented maximum (add 20, delete 100, mute 500), so if they met it, Tencent's limit is lower: please report it.",
                10005);
            codes.Also("Throttled", 10006, 10023, 10049);
            // 10007 covers three causes (no permission, the group's type does not support it, a non-admin operator): the
            // module reports GroupTypeNotSupported itself when it knows the type refuses the feature (spec §2.2).
            codes.Add("GroupOperationNotAllowed", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "Tencent refused the operation: the group's type may not support it (an AVChatRoom has no member list, a Private group no mutes), the operator may lack the right, or -Identifier is not an App admin.",
                10007);
            codes.Also("InvalidRequest", 10008, 10011);
            codes.Add("OwnerCannotLeave", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "The owner cannot leave or be removed: transfer the group first with Set-ChatGroupOwner, or dissolve it with Remove-ChatGroup.",
                10009);
            codes.Add(GroupNotFound, ChatErrorKind.ObjectNotFound, RetryClass.Never,
                "The group does not exist or was dissolved: check the GroupId (Get-ChatGroup lists the app's groups).", 10010);
            codes.Add("InvalidOperatorAccount", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "The operator account (From_Account, or the admin identifier) is not a valid imported UserID.", 10012);
            codes.Add("AlreadyGroupMember", ChatErrorKind.ResourceExists, RetryClass.Never,
                "The account is already a member of the group; nothing to do.", 10013);
            codes.Add("ChatGroupFull", ChatErrorKind.QuotaExceeded, RetryClass.Never,
                "The group has reached its MaxMemberCount: raise it with Set-ChatGroup -MaxMemberCount (up to the plan's cap) or remove members first.",
                10014);
            codes.Add("InvalidGroupId", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "Tencent refused the GroupId as invalid: check it, as Get-ChatGroup writes it (@TGS#... or the custom id).", 10015);
            codes.Add("RejectedByWebhook", ChatErrorKind.InvalidData, RetryClass.Never,
                "The app's own webhook (callback) refused the operation; see the app server's callback log.", 10016);
            codes.Add("SenderMuted", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "The sender is muted in this group: unmute with Set-ChatGroupMember -MuteFor 0, or send as another account.", 10017);
            codes.Add("ResponseTooLarge", ChatErrorKind.LimitsExceeded, RetryClass.Never,
                "Tencent's answer would exceed 1 MB: ask for fewer items per request (the cmdlets page at the documented sizes; please report it).",
                10018);
            codes.Also("AccountNotFound", 10019);
            codes.Also("ContentRejected", 10020);
            codes.Add("GroupIdInUse", ChatErrorKind.ResourceExists, RetryClass.Never,
                "A group with this GroupId already exists (or existed): choose another custom GroupId, or leave -GroupId out to get one assigned.",
                10021, 10025);
            codes.Add("AlreadyProcessed", ChatErrorKind.ResourceExists, RetryClass.Never,
                "Tencent had already processed this request; check the group's state before repeating it.", 10024);
            codes.Also("AppDisabled", 10026);
            codes.Add("GroupMessageNotFound", ChatErrorKind.ObjectNotFound, RetryClass.Never,
                "No message with that MsgSeq (or it is outside the history storage period): list them with Get-ChatGroupMessage.", 10030);
            codes.Add("RecallTimeLimit", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "The message is past the recall time limit (for an AVChatRoom, the last hour only).", 10031);
            codes.Add("MessageNotRecallable", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "This message, or its type, cannot be recalled.", 10032, 10033);
            codes.Add("MessageNotDeletable", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "This message type cannot be deleted, and AVChatRoom messages cannot be deleted.", 10034, 10035);
            codes.Add("GroupQuotaExceeded", ChatErrorKind.QuotaExceeded, RetryClass.Never,
                "A cap was reached: the app's AVChatRoom count (10036), the user's joined-group count (10037) or the group's member count (10038); see the Chat console's plan.",
                10036, 10037, 10038);
            codes.Add("GroupRecallDisabled", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "This app does not allow recalling group messages; enable it in the Chat console.", 10041);
            codes.Add("InvalidGroupAttribute", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "A group attribute is too big: keys at most 32 bytes, values at most 4000 bytes, at most 16 keys and a capped total size.",
                10045, 10046, 10047, 10048);
            codes.Add("GroupAttributeNotFound", ChatErrorKind.ObjectNotFound, RetryClass.Never,
                "The group has no attribute with that key.", 10050);
            codes.Add("GroupAttributeConflict", ChatErrorKind.ResourceUnavailable, RetryClass.Never,
                "Another write changed the group's attributes at the same time: read them again, then repeat the change.", 10056);
            codes.Add("FeatureNotInEdition", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "The app's edition does not include this feature (Pro, Pro Plus or Enterprise, plus its console switch).", 10059);
            // modify_group_msg (v4/openim) answers openim-style codes (spec §4 last row); 20004/20005 are retried.
            codes.Also("InvalidRequest", 20001);
            codes.Also("InvalidCredentials", 20002);
            codes.Also("AccountNotFound", 20003);
            codes.Also("ServerError", 20004, 20005);

            // The ErrorIds the family raises itself, before anything is sent or on reading an answer.
            codes.Advice(TypeNotSupported,
                "The group's type does not support this: e.g. an AVChatRoom has no member list and takes no added members, a Private (Work) group cannot mute members.");
            GroupMemberWrites.RegisterAdvice(codes);
            codes.Advice(MemberNotFound,
                "The account is not a member of the group: list the members with Get-ChatGroupMember -GroupId <id>.");
            codes.Advice("InvalidGroupName",
                "Give a group name of 1 to 100 bytes of UTF-8 (a CJK character is 3 bytes; some apps allow 30).");
            codes.Advice("InvalidGroupType",
                "Use Private, Public, ChatRoom, AVChatRoom or Community (Work means Private, Meeting means ChatRoom).");
            codes.Advice("InvalidGroupRole",
                "Use Admin or Member (the owner changes only with Set-ChatGroupOwner).");
            codes.Advice("InvalidGroupOption",
                "Use the documented values: ApplyJoinOption FreeAccess, NeedPermission or DisableApply; InviteJoinOption FreeAccess, NeedPermission or DisableInvite; MessageFlag AcceptAndNotify, AcceptNotNotify or Discard.");
            codes.Advice("InvalidMuteDuration",
                "Give -MuteFor as a TimeSpan from 0 (unmute) to 4294967295 seconds (permanent); whole seconds are sent.");
            codes.Advice("NoGroupChange",
                "Give at least one field to change (a parameter, a property or a CSV column), e.g. -Name or -MuteAll.");
            codes.Advice("NoGroupMemberChange",
                "Give at least one of -Role, -NameCard, -MessageFlag or -MuteFor.");
            codes.Advice("InvalidMemberResult",
                "Tencent answered a member with an undocumented Result; check the member with Get-ChatGroupMember -Account.");
        }
    }
}
