using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Accounts;

/// <summary>
/// account_delete (account spec §3.3): up to 100 DeleteItem, processed in order, one ResultItem each in the sample's
/// field order. A missing account (a duplicate already deleted, or a UserID no account could have) is a per-item 70107
/// and the request succeeds. Deleting takes the account's conversations, groups, marks, profile and online state with
/// it; other users' conversations with it stay. An App admin account is refused per item with 70402, so the emulator
/// cannot lock its caller out (UNCONFIRMED). The pro edition refuses the whole request with 71000 (UNCONFIRMED).
/// </summary>
internal sealed class AccountDeleteCommand : ICommand
{
    public string Name => "account_delete";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        JsonElement array = AccountJson.Batch(body, "DeleteItem", AccountLimits.AccountsPerBatch, AccountCodes.InvalidBatchCount);
        List<string> userIds = body.Objects(array, "DeleteItem").Select(AccountJson.UserId).ToList();
        if (!context.Edition.AllowsDeletion())
            throw new ApiException(AccountCodes.DeletionNotAllowed, "This app's edition does not allow deleting accounts until the restriction is lifted in the Chat console.");

        var results = new JsonArray();
        ChatState state = context.State;
        lock (state.AccountsGate)
        {
            foreach (string userId in userIds)
            {
                (int code, string info) = context.Administrators.Contains(userId, StringComparer.Ordinal)
                    ? (AccountCodes.LoginInvalidParameter, $"'{userId}' is an App admin account; the emulator does not delete admin accounts.")
                    : state.DeleteUser(userId)
                        ? (ErrorCodes.Ok, "")
                        : (AccountCodes.AccountNotFound, "Err_TLS_PT_Open_Login_Account_Not_Exist");
                results.Add(new JsonObject { ["ResultCode"] = code, ["ResultInfo"] = info, ["UserID"] = userId });
            }
        }
        return new JsonObject { ["ResultItem"] = results };
    }
}
