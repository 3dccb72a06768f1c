using TencentChat.Admin.Client.Friends.Wire;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client.Friends
{
    /// <summary>
    /// The relationship-chain family's commands (profile-sns spec §1): v4/sns, each documented at 200 calls/s. Reads,
    /// overwrites (friend_import, friend_update), unblocking (0 for someone not blocked) and the friend-list commands
    /// land in the same state when repeated, so they are retried when the outcome is unknown; friend_add, friend_delete
    /// and black_list_add are not, since a repeat would report a done item as "already friends", "not a friend" or
    /// "already blocked". friend_add's item cap is undocumented: the module sends 100 per request (UNCONFIRMED).
    /// </summary>
    internal static class FriendCommands
    {
        private const string Sns = "sns";

        public static readonly ChatCommand FriendAdd = new ChatCommand(Sns, "friend_add", false, FriendJsonContext.Default, maxItemsPerCall: 100);
        public static readonly ChatCommand FriendImport = new ChatCommand(Sns, "friend_import", true, FriendJsonContext.Default, maxItemsPerCall: 1000);
        public static readonly ChatCommand FriendUpdate = new ChatCommand(Sns, "friend_update", true, FriendJsonContext.Default, maxItemsPerCall: 100);
        public static readonly ChatCommand FriendDelete = new ChatCommand(Sns, "friend_delete", false, FriendJsonContext.Default, maxItemsPerCall: 1000);
        public static readonly ChatCommand FriendDeleteAll = new ChatCommand(Sns, "friend_delete_all", true, FriendJsonContext.Default);
        public static readonly ChatCommand FriendCheck = new ChatCommand(Sns, "friend_check", true, FriendJsonContext.Default, maxItemsPerCall: 1000);
        public static readonly ChatCommand FriendGet = new ChatCommand(Sns, "friend_get", true, FriendJsonContext.Default);
        public static readonly ChatCommand BlackListAdd = new ChatCommand(Sns, "black_list_add", false, FriendJsonContext.Default, maxItemsPerCall: 1000);
        public static readonly ChatCommand BlackListDelete = new ChatCommand(Sns, "black_list_delete", true, FriendJsonContext.Default, maxItemsPerCall: 1000);
        public static readonly ChatCommand BlackListGet = new ChatCommand(Sns, "black_list_get", true, FriendJsonContext.Default);
        public static readonly ChatCommand BlackListCheck = new ChatCommand(Sns, "black_list_check", true, FriendJsonContext.Default, maxItemsPerCall: 1000);
        public static readonly ChatCommand GroupAdd = new ChatCommand(Sns, "group_add", true, FriendJsonContext.Default, maxItemsPerCall: 32);
        public static readonly ChatCommand GroupDelete = new ChatCommand(Sns, "group_delete", true, FriendJsonContext.Default, maxItemsPerCall: 32);
        public static readonly ChatCommand GroupGet = new ChatCommand(Sns, "group_get", true, FriendJsonContext.Default);

        /// <summary>Every command of the family the module sends, for the command registry (Invoke-ChatApi, documentation).</summary>
        public static readonly ChatCommand[] All =
        {
            FriendAdd, FriendImport, FriendUpdate, FriendDelete, FriendDeleteAll, FriendCheck, FriendGet,
            BlackListAdd, BlackListDelete, BlackListGet, BlackListCheck, GroupAdd, GroupDelete, GroupGet,
        };
    }
}
