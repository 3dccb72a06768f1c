using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Groups.Messages
{
    /// <summary>The outcome of a message write for one item, as the account family's AccountChanges reads its batches.</summary>
    internal static class GroupMessageChanges
    {
        /// <summary>The item carries the failure, and Tencent's ErrorCode (or 0 and the module's text) as its ResultCode.</summary>
        public static ChatGroupMessageChange Failed(ChatGroupMessageChange change, ChatAdminException failure)
        {
            change.Succeeded = false;
            (change.ResultCode, change.ResultInfo) = failure.ItemResult;
            change.Failure = failure;
            return change;
        }
    }
}
