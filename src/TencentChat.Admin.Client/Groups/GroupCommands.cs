using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client.Groups
{
    /// <summary>
    /// The group family's commands (group spec §1), all under v4/group_open_http_svc. Rates: get_appid_group_list is
    /// documented at 1 call/s (100/s until 2019), every other command at the 200/s default printed on its page (or
    /// assumed where the page was not read, spec §1 "200/s?"). Items per call are the newest documented maxima where
    /// the sources conflict (spec §6.3): add_group_member 20 (CN 2026-02; also 300 and 500 in older pages),
    /// import_group_member 20 (CN 2026-01-27; 100/300/500 older), import_group_msg 7 (2025; 20 in 2019),
    /// delete_group_member 100 (500 in 2019), get_group_member_info 200 per page (2025 CN; 6000/10000 older), create_group's
    /// MemberList 100 (500 in 2019). The conformance suite (Diagnostics) measures the real add_group_member maximum.
    /// <para>
    /// Retry when the outcome is unknown: reads, and writes that land in the same state when repeated: a profile or
    /// member change sets the same values again, a mute sets the same expiry from the same request, deleting a member who
    /// already left is still OK (spec §3.10), adding or importing a member who was added by the lost first attempt is
    /// answered "already a member" (Result 2), which the module reports as AlreadyMember, and delete_group_msg_by_sender
    /// marks the same messages again. Creates (create_group, import_group with a server-assigned ID would make a second
    /// group), destroy_group (a repeat answers 10010 for a group it did dissolve), import_group_msg and the two sends (a
    /// repeat could store the message twice) and group_msg_recall (a repeat answers a per-seq code for what it did recall)
    /// are not retried then.
    /// </para>
    /// </summary>
    internal static class GroupCommands
    {
        private const string Service = "group_open_http_svc";

        /// <summary>get_appid_group_list: 1 call per second per app since 2020 (spec §1, CN 269/1614, 2025-12-15).</summary>
        internal const int GroupListRate = 1;

        // Groups and their profiles.
        public static readonly ChatCommand GetAppIdGroupList = Command("get_appid_group_list", true, GetAppIdGroupListRequest.MaxLimit, GroupListRate);
        public static readonly ChatCommand CreateGroup = Command("create_group", false, CreateGroupRequest.MaxMembers);
        public static readonly ChatCommand GetGroupInfo = Command("get_group_info", true, GetGroupInfoRequest.MaxItems);
        public static readonly ChatCommand ModifyGroupBaseInfo = Command("modify_group_base_info", true, 1);
        public static readonly ChatCommand DestroyGroup = Command("destroy_group", false, 1);
        public static readonly ChatCommand ChangeGroupOwner = Command("change_group_owner", true, 1);
        public static readonly ChatCommand GetJoinedGroupList = Command("get_joined_group_list", true, GetJoinedGroupListRequest.MaxLimit);

        // Members.
        public static readonly ChatCommand GetGroupMemberInfo = Command("get_group_member_info", true, GetGroupMemberInfoRequest.MaxLimit);
        public static readonly ChatCommand GetSpecifiedGroupMemberInfo =
            Command("get_specified_group_member_info", true, GetSpecifiedGroupMemberInfoRequest.MaxItems);
        public static readonly ChatCommand AddGroupMember = Command("add_group_member", true, AddGroupMemberRequest.MaxItems);
        public static readonly ChatCommand DeleteGroupMember = Command("delete_group_member", true, DeleteGroupMemberRequest.MaxItems);
        public static readonly ChatCommand ModifyGroupMemberInfo = Command("modify_group_member_info", true, 1);
        public static readonly ChatCommand ForbidSendMsg = Command("forbid_send_msg", true, ForbidSendMsgRequest.MaxItems);
        public static readonly ChatCommand GetGroupMutedAccount = Command("get_group_muted_account", true);

        // Messages (send, history, recall).
        public static readonly ChatCommand SendGroupMsg = MessageCommand("send_group_msg", false, 1);
        public static readonly ChatCommand SendGroupSystemNotification = MessageCommand("send_group_system_notification", false);
        public static readonly ChatCommand GroupMsgGetSimple = MessageCommand("group_msg_get_simple", true, 20);
        public static readonly ChatCommand GroupMsgRecall = MessageCommand("group_msg_recall", false, 10);
        public static readonly ChatCommand DeleteGroupMsgBySender = MessageCommand("delete_group_msg_by_sender", true, 1);

        // Migration (backup and restore): no callbacks, no notifications (spec §3.6, §3.12, §3.29).
        public static readonly ChatCommand ImportGroup = MessageCommand("import_group", false, 1);
        public static readonly ChatCommand ImportGroupMember = MessageCommand("import_group_member", true, 20);
        public static readonly ChatCommand ImportGroupMsg = MessageCommand("import_group_msg", false, 7);

        /// <summary>Every command of the family, for the command registry (Invoke-ChatApi, documentation).</summary>
        public static readonly ChatCommand[] All =
        {
            GetAppIdGroupList, CreateGroup, GetGroupInfo, ModifyGroupBaseInfo, DestroyGroup, ChangeGroupOwner, GetJoinedGroupList,
            GetGroupMemberInfo, GetSpecifiedGroupMemberInfo, AddGroupMember, DeleteGroupMember, ModifyGroupMemberInfo, ForbidSendMsg,
            GetGroupMutedAccount, SendGroupMsg, SendGroupSystemNotification, GroupMsgGetSimple, GroupMsgRecall, DeleteGroupMsgBySender,
            ImportGroup, ImportGroupMember, ImportGroupMsg,
        };

        private static ChatCommand Command(string name, bool retryWhenOutcomeUnknown, int? maxItems = null, int rate = ChatCommand.StandardRatePerSecond) =>
            new ChatCommand(Service, name, retryWhenOutcomeUnknown, GroupJsonContext.Default, rate, maxItems);

        /// <summary>A message, recall or migration command: its DTOs are on GroupMessageJsonContext.</summary>
        private static ChatCommand MessageCommand(string name, bool retryWhenOutcomeUnknown, int? maxItems = null) =>
            new ChatCommand(Service, name, retryWhenOutcomeUnknown, GroupMessageJsonContext.Default, ChatCommand.StandardRatePerSecond, maxItems);
    }
}
