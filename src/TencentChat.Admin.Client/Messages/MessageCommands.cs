using TencentChat.Admin.Client.Messages.Wire;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client.Messages
{
    /// <summary>
    /// The one-to-one message family's commands (message spec §1), each at its documented rate. sendmsg, batchsendmsg and
    /// importmsg may be retried when the outcome is unknown: the module fixes MsgSeq and MsgRandom in the request, and the
    /// server drops a repeat of them (live sends: sender + MsgSeq + MsgRandom + content for 120 s; imports: MsgSeq +
    /// MsgRandom + MsgTimeStamp per conversation, §2.1), so a retried request never delivers a message twice. A repeated
    /// recall would answer 20023 for a message it did recall, which the module reads as done; modify and mark-read land in
    /// the same state when repeated.
    /// </summary>
    internal static class MessageCommands
    {
        private const string OpenIm = "openim";

        /// <summary>batchsendmsg's second budget: 12,000 recipients per minute app-wide (269/93324, since 2023-08-01).</summary>
        public const int RecipientsPerMinute = 12000;

        public static readonly ChatCommand SendMsg = new ChatCommand(OpenIm, "sendmsg", true, MessageJsonContext.Default, maxItemsPerCall: 1);
        public static readonly ChatCommand BatchSendMsg = new ChatCommand(OpenIm, "batchsendmsg", true, MessageJsonContext.Default,
            maxItemsPerCall: BatchSendRequest.MaxItems, itemsPerMinute: RecipientsPerMinute);
        public static readonly ChatCommand ImportMsg = new ChatCommand(OpenIm, "importmsg", true, MessageJsonContext.Default, maxItemsPerCall: 1);
        public static readonly ChatCommand GetRoamMsg = new ChatCommand(OpenIm, "admin_getroammsg", true, MessageJsonContext.Default);
        public static readonly ChatCommand MsgWithdraw = new ChatCommand(OpenIm, "admin_msgwithdraw", true, MessageJsonContext.Default, maxItemsPerCall: 1);
        public static readonly ChatCommand SetMsgRead = new ChatCommand(OpenIm, "admin_set_msg_read", true, MessageJsonContext.Default, maxItemsPerCall: 1);
        public static readonly ChatCommand GetUnread = new ChatCommand(OpenIm, "get_c2c_unread_msg_num", true, MessageJsonContext.Default,
            maxItemsPerCall: UnreadRequest.MaxItems);
        public static readonly ChatCommand ModifyMsg = new ChatCommand(OpenIm, "modify_c2c_msg", true, MessageJsonContext.Default, maxItemsPerCall: 1);

        /// <summary>open_msg_svc/get_history (§3.10): one hour's chat-log files, 10 calls/s; a read, so safe to retry.</summary>
        public static readonly ChatCommand GetHistory = new ChatCommand("open_msg_svc", "get_history", true, MessageJsonContext.Default, documentedRate: 10);

        /// <summary>Every command of the family, for the command registry (Invoke-ChatApi, documentation).</summary>
        public static readonly ChatCommand[] All = { SendMsg, BatchSendMsg, ImportMsg, GetRoamMsg, MsgWithdraw, SetMsgRead, GetUnread, ModifyMsg, GetHistory };
    }
}
