using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Accounts;

/// <summary>The account family's direct access to a <see cref="ChatState"/>, for tests: same locks as the API, no validation.</summary>
public static class ChatStateAccounts
{
    extension(ChatState state)
    {
        internal AccountStore Accounts => state.Family<AccountStore>();

        /// <summary>A copy of one account: its profile and its platforms that are not Offline; null once deleted.</summary>
        public AccountInfo? GetAccount(string userId)
        {
            AccountUser? user = state.Accounts.Find(userId);
            if (user == null) return null;
            lock (user.Gate)
            {
                var platforms = user.Platforms.Where(p => p.Value != OnlineStatus.Offline).Select(p => new PlatformStatus(p.Key, p.Value)).ToList();
                UserProfile? profile = state.ProfileOf(userId);
                return new AccountInfo(user.Id, profile?.Text(AccountImport.NickTag), profile?.Text(AccountImport.FaceUrlTag), user.AggregateStatus, platforms);
            }
        }

        /// <summary>Sets one platform's login state, as the control API's <c>POST /_emulator/online</c> does.</summary>
        /// <exception cref="KeyNotFoundException">There is no such account.</exception>
        public void SetOnlineStatus(string userId, string platform, OnlineStatus status)
        {
            AccountUser user = state.Accounts.Find(userId) ?? throw new KeyNotFoundException($"There is no account '{userId}'; import it first.");
            lock (user.Gate) user.Platforms[platform] = status;
        }
    }
}
