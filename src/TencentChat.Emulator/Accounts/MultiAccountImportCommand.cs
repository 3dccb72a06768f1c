using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Accounts;

/// <summary>
/// multiaccount_import (account spec §3.2) in both forms: <c>Accounts</c>, up to 100 UserID strings, and
/// <c>AccountList</c>, up to 100 objects with UserID and optional Nick/FaceUrl; with both, AccountList is used
/// (UNCONFIRMED). Items are imported in order. An item that cannot be imported (bad UserID, over-long Nick/FaceUrl,
/// the edition's cap or re-import block) is listed in FailAccounts and the request still succeeds (UNCONFIRMED);
/// FailAccounts is [] when every item was imported. A malformed request (no list, an empty one, a non-string UserID,
/// an item without UserID) fails as a whole with 70402, more than 100 items with 70206 (UNCONFIRMED).
/// </summary>
internal sealed class MultiAccountImportCommand : ICommand
{
    public string Name => "multiaccount_import";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        if (!body.Has("AccountList") && !body.Has("Accounts"))
            throw body.Invalid("Accounts (UserID strings) or AccountList (objects with UserID, Nick, FaceUrl) is required.");
        List<AccountImport> imports = body.Has("AccountList") ? FromAccountList(body) : FromAccounts(body);
        var failed = new JsonArray();
        foreach (AccountImport import in imports)
        {
            if (import.Apply(context) != null) failed.Add(import.UserId);
        }
        return new JsonObject { ["FailAccounts"] = failed };
    }

    private static List<AccountImport> FromAccounts(JsonFields body)
    {
        JsonElement array = AccountJson.Batch(body, "Accounts", AccountLimits.AccountsPerBatch, AccountCodes.InvalidBatchCount);
        return body.AccountTexts(array, "Accounts").Select(id => new AccountImport(id, null, null)).ToList();
    }

    private static List<AccountImport> FromAccountList(JsonFields body)
    {
        JsonElement array = AccountJson.Batch(body, "AccountList", AccountLimits.AccountsPerBatch, AccountCodes.InvalidBatchCount);
        return body.Objects(array, "AccountList")
            .Select(item => new AccountImport(AccountJson.UserIdText(item), item.OptionalText("Nick"), item.OptionalText("FaceUrl")))
            .ToList();
    }
}
