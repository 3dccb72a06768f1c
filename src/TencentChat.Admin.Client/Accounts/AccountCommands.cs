using TencentChat.Admin.Client.Accounts.Wire;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client.Accounts
{
    /// <summary>
    /// The account family's commands (account spec §1): im_open_login_svc's account batch commands at their documented
    /// 100 calls/s, kick and openim's query_online_status at the standard 200/s. Import overwrites with the same values
    /// and kick only invalidates again, so a repeat lands in the same state; a repeated account_delete would report 70107
    /// for an account it did delete, so it is not retried when the outcome is unknown.
    /// </summary>
    internal static class AccountCommands
    {
        private const string Accounts = "im_open_login_svc";
        private const string OpenIm = "openim";
        private const int BatchRate = 100;

        public static readonly ChatCommand MultiAccountImport =
            new ChatCommand(Accounts, "multiaccount_import", true, AccountJsonContext.Default, BatchRate, MultiAccountImportRequest.MaxItems);
        public static readonly ChatCommand AccountDelete =
            new ChatCommand(Accounts, "account_delete", false, AccountJsonContext.Default, BatchRate, AccountDeleteRequest.MaxItems);
        public static readonly ChatCommand AccountCheck =
            new ChatCommand(Accounts, "account_check", true, AccountJsonContext.Default, BatchRate, AccountCheckRequest.MaxItems);
        public static readonly ChatCommand Kick = new ChatCommand(Accounts, "kick", true, AccountJsonContext.Default, maxItemsPerCall: 1);
        public static readonly ChatCommand QueryOnlineStatus =
            new ChatCommand(OpenIm, "query_online_status", true, AccountJsonContext.Default, maxItemsPerCall: QueryOnlineStatusRequest.MaxItems);

        /// <summary>Every command of the family, for the command registry (Invoke-ChatApi, documentation).</summary>
        public static readonly ChatCommand[] All = { MultiAccountImport, AccountDelete, AccountCheck, Kick, QueryOnlineStatus };
    }
}
