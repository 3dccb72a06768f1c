using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Accounts;

/// <summary>
/// account_check (account spec §3.4): up to 100 CheckItem, answered one ResultItem each in request order (a duplicate
/// is answered each time). An unknown UserID is ResultCode 0 with AccountStatus "NotImported", not an error; so is one
/// no account could have, over 32 bytes (UNCONFIRMED). Over 100 items is 70206 (UNCONFIRMED), none 70402.
/// </summary>
internal sealed class AccountCheckCommand : ICommand
{
    public string Name => "account_check";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        JsonElement array = AccountJson.Batch(body, "CheckItem", AccountLimits.AccountsPerBatch, AccountCodes.InvalidBatchCount);
        List<string> userIds = body.Objects(array, "CheckItem").Select(AccountJson.UserId).ToList();

        var results = new JsonArray();
        foreach (string userId in userIds)
        {
            JsonObject item = Envelope.ItemResult(new JsonObject { ["UserID"] = userId }, ErrorCodes.Ok, "");
            item["AccountStatus"] = context.State.UserExists(userId) ? "Imported" : "NotImported";
            results.Add(item);
        }
        return new JsonObject { ["ResultItem"] = results };
    }
}
