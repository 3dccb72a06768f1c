using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Accounts;

/// <summary>
/// kick (account spec §3.5): one UserID (or Identifier) per call; a missing account is 70107. Every platform of the
/// account goes Offline, and the account's UserSigs issued at or before this second are refused from now on (70052),
/// which matters for an admin account, the only kind that calls this API (mechanism UNCONFIRMED). No online
/// requirement: kicking an account that is offline succeeds (UNCONFIRMED).
/// </summary>
internal sealed class KickCommand : ICommand
{
    public string Name => "kick";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string userId = AccountJson.UserId(body);
        UserAccount account = context.State.FindUser(userId)
            ?? throw new ApiException(AccountCodes.AccountNotFound, $"UserID '{userId}' does not exist in this app.");
        AccountUser user = context.State.Accounts.Find(userId)!;
        lock (user.Gate)
        {
            foreach (string platform in user.Platforms.Keys.ToList()) user.Platforms[platform] = OnlineStatus.Offline;
            account.KickedAt = context.State.Now;
        }
        return new JsonObject();
    }
}
