using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Messages
{
    /// <summary>
    /// The one-to-one message family's Tencent codes (message spec §5) and its own ErrorIds, for the one catalogue. The
    /// openim front end's codes this family shares with query_online_status (90001, 90003, 90009, 90011, 90992, 90994,
    /// 90995, 91000) and the common ones (70107, 70169, 80001, 80002) are already in the catalogue with the same
    /// ErrorIds; Tencent's webhook codes 120001–130000 are the app's own and keep the generic TencentError.
    /// </summary>
    internal static class MessageErrors
    {
        public static void Register(ChatErrorCodes codes)
        {
            // get_history (v4/open_msg_svc) answers 1001–1005.
            codes.Add("InvalidArchiveRequest", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "get_history refused the request: the identifier must be an App admin, ChatType C2C or Group, and the hour within the last 7 days.", 1001, 1002);
            codes.Add("ArchiveNotReady", ChatErrorKind.ObjectNotFound, RetryClass.Never,
                "The hour's chat-log file is not built yet or the hour had no messages: Tencent builds each file after the hour closes, usually within an hour; ask again later for a recent hour.", 1004);
            codes.Add("ArchiveExpired", ChatErrorKind.ObjectNotFound, RetryClass.Never,
                "Chat-log files are kept 7 days; this hour's is gone.", 1005);
            // 20001-20005 and the openim service's 9000x/9099x are common codes (Errors/ChatErrorCatalog.cs).
            codes.Also("ServerError", 1003, 20018);
            codes.Also("AccountNotFound", 90008, 90012, 90048);
            codes.Add("MessageRefusedByWebhook", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "The app's before-send webhook refused or did not answer: check the app server's before-send callback and its answer.", 20006, 80003);
            codes.Add("MessageNotAllowed", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "The recipient blocked the sender, they are not friends, or the sender is muted.", 20007, 20009, 20010, 20011, 20012);
            codes.Add("MessageNotFound", ChatErrorKind.ObjectNotFound, RetryClass.Never,
                "No message with that MsgKey between those two accounts: take From, To and MsgKey from Get-ChatMessage (recall and modify need the sender as From).", 20022, 90054);
            codes.Add("MessageAlreadyRecalled", ChatErrorKind.InvalidData, RetryClass.Never,
                "The message was already recalled; nothing more to do.", 20023);
            codes.Add("MessageEditConflict", ChatErrorKind.ResourceUnavailable, RetryClass.Transient,
                "Another change to the message was being made at the same time; try again.", 20028);
            codes.Add("InvalidMsgBody", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "Tencent refused the message body: give elements as Tencent documents them (MsgType and MsgContent; sound and file need Url, UUID and Download_Flag 2; images UUID and URL, Width, Height per size).", 90002, 90007, 90010);
            codes.Also("InvalidParameter", 90004, 90005, 90006, 90018, 90020, 90022, 90026, 90030, 90031, 90032, 90033, 90034, 90039, 90040, 90043, 90044);
            codes.Add("MessageTooLarge", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "Tencent refused the message as too large: shorten the text or CloudCustomData, or split it into several messages.", 90055, 93000);
            codes.Also("Throttled", 90024);
            codes.Add("PushNotAvailable", ChatErrorKind.QuotaExceeded, RetryClass.Never,
                "All-user push is not enabled for this app, or today's 100 pushes are used.", 90045, 90047);
            codes.Advice("InvalidOfflinePush", "Give -OfflinePush as a hashtable of OfflinePushInfo's fields, e.g. @{ PushFlag = 0; Desc = 'New notice' }.");
            codes.Advice("MissingMessageKey", "Pipe messages from Get-ChatMessage, or give -From, -To and -MsgKey of a stored message.");
            codes.Advice("InvalidMessageTime",
                "Give -After before -Before (DateTimeOffset values; Get-Date works), both after 1970.");
            codes.Advice("ArchiveChecksumMismatch",
                "The download does not match the sizes and MD5s get_history gave: save it again (Get-ChatMessageArchive lists a fresh URL); if it keeps failing, the file on Tencent's side is damaged.");
            codes.Advice("ArchiveDownloadFailed",
                "The file address may have expired (ExpireTime) or the network failed: list the hour again with Get-ChatMessageArchive and save it again.");
            codes.Advice("InvalidArchiveUrl", "Pipe archives from Get-ChatMessageArchive: each carries its download Url.");
            codes.Advice("NoMessageChange", "Give -MsgBody, -Text or -CloudCustomData: what the stored message should hold.");
        }
    }
}
