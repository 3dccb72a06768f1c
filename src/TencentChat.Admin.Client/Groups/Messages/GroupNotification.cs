using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Groups.Messages
{
    /// <summary>
    /// send_group_system_notification (group spec §3.24): a system notice to every member, or to the members named. Not
    /// retried when the outcome is unknown: it has no Random to drop a repeat, so a second attempt could notify twice.
    /// </summary>
    public static class GroupNotification
    {
        public static async Task<ChatGroupMessageChange> SendAsync(ChatSession session, string groupId, string content, string[]? toMembers,
            ChatLog log, CancellationToken cancellationToken)
        {
            var change = new ChatGroupMessageChange { GroupId = groupId, Action = ChatGroupMessageActions.Notify };
            try
            {
                GroupIds.Validate(groupId);
                var request = new SendGroupSystemNotificationRequest
                {
                    GroupId = groupId,
                    Content = content,
                    ToMembersAccount = toMembers is { Length: > 0 } ? toMembers : null,
                };
                await session.Transport.SendAsync<SendGroupSystemNotificationRequest, EnvelopeOnlyResponse>(
                    GroupCommands.SendGroupSystemNotification, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                return GroupMessageChanges.Failed(change, e);
            }
            change.Succeeded = true;
            return change;
        }
    }
}
