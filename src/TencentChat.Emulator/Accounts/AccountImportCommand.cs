using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Accounts;

/// <summary>
/// account_import (account spec §3.1): one UserID (or Identifier) with optional Nick and FaceUrl; answers the bare
/// envelope. Fails as a whole where multiaccount_import would list the account in FailAccounts (see
/// <see cref="AccountImport.Apply"/>): 70402, 40601, 70398. Unknown fields (the old SDKs' Type) are ignored.
/// </summary>
internal sealed class AccountImportCommand : ICommand
{
    public string Name => "account_import";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        var import = new AccountImport(AccountJson.UserId(body), body.OptionalText("Nick"), body.OptionalText("FaceUrl"));
        return import.Apply(context) is { } failure ? throw failure : new JsonObject();
    }
}
