using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Friends
{
    /// <summary>
    /// The relationship family's Tencent codes (profile-sns spec §4, 30001-32216) and its own ErrorIds. 30006 and 30008
    /// (internal error, write conflict: retried) and 30007 (timeout) are common codes (Errors/ChatErrorCatalog.cs): the
    /// account family meets them too, through account_delete. 30520 (already friends), 30539 (request pending) and 31307 (already blocked) are
    /// outcomes the module reports as results, not errors; they are here so a raw Invoke-ChatApi answer names them too.
    /// </summary>
    internal static class FriendErrors
    {
        public static void Register(ChatErrorCodes codes)
        {
            codes.Also("InvalidParameter", 30001);
            codes.Also("InvalidSdkAppId", 30002);
            codes.Also("AccountNotFound", 30003, 31804);
            codes.Also("AdminPermissionRequired", 30004);
            codes.Also("ContentRejected", 30005);
            codes.Add("FriendRequestsForbidden", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "The account's profile bars it from sending friend requests (AdminForbidType SendOut): Set-ChatUserProfile -AdminForbidType None, or use -Import.", 30009);
            codes.Add("FriendLimitReached", ChatErrorKind.QuotaExceeded, RetryClass.Never,
                "The account (30010) or the target (30014) already has 3000 friends: remove some with Remove-ChatFriend first.", 30010, 30014);
            codes.Add("TooManyFriendGroups", ChatErrorKind.QuotaExceeded, RetryClass.Never,
                "A user has at most 32 friend lists: remove one with Remove-ChatFriendGroup, or put the friend in an existing list.", 30011);
            codes.Add("TooManyPendingRequests", ChatErrorKind.QuotaExceeded, RetryClass.Never,
                "The account has 100 friend requests waiting for confirmation; add with -Force (skips the target's AllowType) or wait for answers.", 30012);
            codes.Add("BlocklistFull", ChatErrorKind.QuotaExceeded, RetryClass.Never,
                "A blocklist holds at most 1000 users: unblock some with Unblock-ChatUser first.", 30013);
            codes.Add("BlockedRelationship", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "One of the pair blocked the other (30515: the target is on the account's blocklist; 30525: the account is on the target's); unblock with Unblock-ChatUser first.",
                30515, 30525);
            codes.Add("FriendRequestsDenied", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "The target accepts no friend requests (AllowType DenyAny): add with -Force, or change the target's AllowType with Set-ChatUserProfile.", 30516);
            codes.Add("AlreadyFriends", ChatErrorKind.InvalidOperation, RetryClass.Never,
                "Not a failure: the two are friends already. Add-ChatFriend reports it as Result AlreadyFriend.", 30520);
            codes.Add("FriendRequestPending", ChatErrorKind.InvalidOperation, RetryClass.Never,
                "Not a failure: the target confirms friend requests (AllowType NeedConfirm), so the request waits for the target. Add-ChatFriend reports it as Result Pending; -Force adds at once.",
                30539);
            codes.Add("SecurityFiltered", ChatErrorKind.LimitsExceeded, RetryClass.Never,
                "Tencent's security policy filtered the request as too frequent (30540 adds, 31707 deletes): wait a long while before trying again.", 30540, 31707);
            codes.Add("AlreadyBlocked", ChatErrorKind.InvalidOperation, RetryClass.Never,
                "Not a failure: the user is on the blocklist already. Block-ChatUser reports it as Result AlreadyBlocked.", 31307);
            codes.Add("NotFriend", ChatErrorKind.ObjectNotFound, RetryClass.Never,
                "The target is not the account's friend (31704; 32216 when putting it in a friend list): check with Test-ChatFriend or Get-ChatFriend.", 31704, 32216);
            codes.Add("FriendRequestNotFound", ChatErrorKind.ObjectNotFound, RetryClass.Never,
                "There is no pending friend request between the two.", 30614);
            codes.Advice("NoFriendChange", "Give Set-ChatFriend at least one of -Remark, -Group or -Custom (CustomJson); empty values and cells are not sent.");
            codes.Advice("InvalidFriendValue",
                "Keep a Remark to 96 bytes, an AddWording to 256, a friend-list name to 1-30 bytes and an AddSource to 1-8 letters (with or without AddSource_Type_); custom friend fields are keywords of 1 to 8 letters.");
        }
    }
}
