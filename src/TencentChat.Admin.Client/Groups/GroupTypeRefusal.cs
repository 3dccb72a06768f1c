using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Groups
{
    /// <summary>
    /// Feature × type (group spec §2.2): what each type refuses, and the error that names the type. Tencent answers such a
    /// refusal with 10007 (10004 for removing members of an AVChatRoom), the same codes as a permission or parameter
    /// problem; when the group's type is known to lack the feature, the module reports GroupTypeNotSupported naming the
    /// type instead, never a generic failure.
    /// </summary>
    internal static class GroupTypeRefusal
    {
        public enum Feature
        {
            MemberList,
            AddMembers,
            RemoveMembers,
            MuteMembers,
            Admins,
            ChangeOwner,
        }

        /// <summary>Whether a group of <paramref name="type"/> supports <paramref name="feature"/>, by §2.2.</summary>
        public static bool Supports(ChatGroupType type, Feature feature) => feature switch
        {
            Feature.MemberList or Feature.AddMembers or Feature.RemoveMembers or Feature.ChangeOwner => type != ChatGroupType.AVChatRoom,
            Feature.MuteMembers => type != ChatGroupType.Private,
            _ => type != ChatGroupType.Private,
        };

        public static ChatInputException NotSupported(string groupId, ChatGroupType type, Feature feature, object? target = null) =>
            new ChatInputException(GroupErrors.TypeNotSupported, $"{Describe(feature)} is not supported for {type} groups; '{groupId}' is a{(type == ChatGroupType.AVChatRoom ? "n" : "")} {type}.",
                target ?? groupId);

        /// <summary>
        /// <paramref name="failure"/>, or GroupTypeNotSupported when it is Tencent's refusal code for the feature and the group's
        /// type (looked up with one get_group_info) lacks it. The lookup's own failure leaves the original failure as it is.
        /// </summary>
        public static async Task<ChatAdminException> ExplainAsync(ChatSession session, string groupId, Feature feature, ChatAdminException failure,
            ChatLog log, CancellationToken cancellationToken)
        {
            if (!(failure is ChatApiException api) || (api.ErrorCode != 10007 && api.ErrorCode != 10004)) return failure;
            ChatGroupType? type;
            try
            {
                type = await TypeOfAsync(session, groupId, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException)
            {
                return failure;
            }
            return type is ChatGroupType t && !Supports(t, feature) ? NotSupported(groupId, t, feature, failure.Target) : failure;
        }

        /// <summary>The group's type, with one get_group_info that asks for the Type alone; null when the group does not exist.</summary>
        public static async Task<ChatGroupType?> TypeOfAsync(ChatSession session, string groupId, ChatLog log, CancellationToken cancellationToken)
        {
            var request = new GetGroupInfoRequest
            {
                GroupIdList = new[] { groupId },
                ResponseFilter = new WireGroupInfoFilter { GroupBaseInfoFilter = new[] { "Type" } },
            };
            var response = await session.Transport.SendAsync<GetGroupInfoRequest, GetGroupInfoResponse>(
                GroupCommands.GetGroupInfo, request, log, cancellationToken).ConfigureAwait(false);
            WireGroupInfo? info = response.GroupInfo?.Length > 0 ? response.GroupInfo[0] : null;
            if (info == null || (info.ErrorCode ?? 0) != 0)
            {
                if (info?.ErrorCode is int code)
                    throw ChatErrorCatalog.Failure(GroupCommands.GetGroupInfo.Name, code, session.Redactor.Redact(info.ErrorInfo ?? string.Empty), null, groupId);
                return null;
            }
            return GroupWire.TypeOf(info.Type);
        }

        private static string Describe(Feature feature) => feature switch
        {
            Feature.MemberList => "The member list",
            Feature.AddMembers => "Adding members",
            Feature.RemoveMembers => "Removing members",
            Feature.MuteMembers => "Muting members",
            Feature.Admins => "Appointing admins",
            _ => "Changing the owner",
        };
    }
}
