using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Groups.Messages
{
    /// <summary>
    /// The ErrorIds the group message and backup operations raise themselves (Tencent's §4 codes are in GroupErrors):
    /// their advice, for the one catalogue.
    /// </summary>
    internal static class GroupMessageErrors
    {
        private static readonly ChatErrorDefinition DroppedDefinition =
            new ChatErrorDefinition("GroupMessageDropped", ChatErrorKind.LimitsExceeded, RetryClass.Never,
                "Tencent accepted the request but dropped the message (MsgDropReason, e.g. MsgFreqCtrl: the group's message rate): " +
                "send it again later; the message was not delivered or stored.");

        /// <summary>import_group_member's Result 0 carries no code; what fails is documented (§3.12) and none of it is transient.</summary>
        private static readonly ChatErrorDefinition MemberNotImportedDefinition =
            new ChatErrorDefinition("GroupMemberNotImported", ChatErrorKind.InvalidData, RetryClass.Never,
                "Tencent gives no reason: check that the account exists (New-ChatAccount), that its JoinTime lies between the group's " +
                "CreateTime and now, and that the group has room (MaxMemberCount); then run Import-ChatGroup on the file again.");

        private static readonly ChatErrorDefinition SystemMessageDefinition =
            new ChatErrorDefinition("GroupSystemMessageNotImported", ChatErrorKind.InvalidData, RetryClass.Never,
                "import_group_msg needs a sender (From_Account), which a system message has not; send it again with Send-ChatGroupNotification if it still matters.");

        public static void Register(ChatErrorCodes codes)
        {
            codes.Advice(DroppedDefinition.ErrorId, DroppedDefinition.Advice);
            codes.Advice(MemberNotImportedDefinition.ErrorId, MemberNotImportedDefinition.Advice);
            codes.Advice(SystemMessageDefinition.ErrorId, SystemMessageDefinition.Advice);
            codes.Advice("InvalidMsgSeq", "Give the seq of a message (MsgSeq of Get-ChatGroupMessage output): a whole number from 1 to 4294967295.");
            codes.Advice("InvalidGroupBackup", "Pass files Export-ChatGroup wrote (one JSON file per group), unchanged.");
            codes.Advice("GroupBackupUnreadable", "Check the path and that this account may read the file.");
        }

        internal static ChatApiException MemberNotImported(string account, string groupId) =>
            new ChatApiException(MemberNotImportedDefinition, "import_group_member", 0, "Result 0.", null,
                $"import_group_member did not import {account} into {groupId} (Result 0).");

        internal static ChatApiException SystemMessageNotImported(long msgSeq) =>
            new ChatApiException(SystemMessageDefinition, "import_group_msg", 0, "A system message has no sender.", null,
                $"Message seq {msgSeq} is a system message, which import_group_msg cannot take (it needs a sender).");

        /// <summary>A send answered with ErrorCode 0 and a MsgDropReason: not delivered, so a failure of the item.</summary>
        internal static ChatApiException Dropped(string command, object target, string reason) =>
            new ChatApiException(DroppedDefinition, command, 0, reason, null,
                $"{command} to {target} was dropped by Tencent ({reason}); the message was not delivered.") { Target = target };
    }
}
