using System.Collections.Generic;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Accounts
{
    /// <summary>Outcomes of the account writes, item by item, as the conversation family's ItemResults reads its batches.</summary>
    internal static class AccountChanges
    {
        public static ChatAccountChange For(string userId, string action) => new ChatAccountChange { UserId = userId, Action = action };

        /// <summary>Every account of a request that failed as a whole carries the failure, and Tencent's ErrorCode as its ResultCode.</summary>
        public static IReadOnlyList<ChatAccountChange> Failed(IReadOnlyList<ChatAccountChange> accounts, ChatAdminException failure)
        {
            foreach (var account in accounts) Failed(account, failure);
            return accounts;
        }

        public static ChatAccountChange Failed(ChatAccountChange account, ChatAdminException failure)
        {
            account.Succeeded = false;
            (account.ResultCode, account.ResultInfo) = failure.ItemResult;
            account.Failure = failure;
            return account;
        }

        /// <summary>
        /// The outcome of one account from its per-item ResultCode (0 = ok), or a MissingItemResult failure when the answer
        /// had no result for it.
        /// </summary>
        public static ChatAccountChange FromResult(ChatAccountChange account, string command, int? resultCode, string? resultInfo, Diagnostics.Redactor redactor)
        {
            if (resultCode == null)
            {
                account.ResultInfo = "The answer has no result for this account.";
                account.Failure = MissingResult(command, account);
                return account;
            }
            account.ResultCode = resultCode.Value;
            account.ResultInfo = redactor.Redact(resultInfo ?? string.Empty);
            account.Succeeded = resultCode == 0;
            if (!account.Succeeded)
                account.Failure = ChatErrorCatalog.Failure(command, resultCode.Value, account.ResultInfo, redactedDisplay: null, target: account);
            return account;
        }

        public static ChatProtocolException MissingResult(string command, object target) =>
            new ChatProtocolException("MissingItemResult", $"{command} succeeded but its answer has no result for {target}.") { Target = target };
    }
}
