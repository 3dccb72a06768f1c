using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Accounts;

/// <summary>
/// The account family (account spec §1): <c>v4/im_open_login_svc</c>'s five commands, <c>v4/openim/query_online_status</c>
/// (and its older name querystate), <c>POST /_emulator/online</c> and its state.
/// </summary>
internal sealed class AccountsFamily : IEmulatorFamily
{
    public void Register(FamilyRegistry registry)
    {
        registry.Commands.Add(CommandEntry.Of(AccountCodes.LoginService, new AccountImportCommand()));
        registry.Commands.Add(CommandEntry.Of(AccountCodes.LoginService, new AccountCheckCommand(), ratePerSecond: 100));
        registry.Commands.Add(CommandEntry.Of(AccountCodes.LoginService, new MultiAccountImportCommand(), ratePerSecond: 100));
        registry.Commands.Add(CommandEntry.Of(AccountCodes.LoginService, new AccountDeleteCommand(), ratePerSecond: 100));
        registry.Commands.Add(CommandEntry.Of(AccountCodes.LoginService, new KickCommand()));
        registry.Commands.Add(CommandEntry.Of(AccountCodes.OpenIm, new QueryOnlineStatusCommand()));
        // The command's older name, which answered State; still named on the Online Status page (account spec §1).
        // Whether the service still answers it is UNCONFIRMED: served here as an alias, counted under its own name.
        registry.Commands.Add(new CommandEntry(AccountCodes.OpenIm, "querystate", new QueryOnlineStatusCommand(), CommandEntry.DefaultRate));
        registry.ControlOperations.Add("online", SetOnline);
    }

    public void Attach(ChatState state) => state.Attach(new AccountStore(state));

    /// <summary>
    /// {"UserID":"u","Platform":"iPhone","Status":"Online"}: sets one platform's login state (Online, PushOnline or
    /// Offline; the platform is any non-empty text, as the spec treats it as opaque) and answers the account's state.
    /// </summary>
    private static JsonObject SetOnline(ChatState state, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) throw new ArgumentException("The body must be a JSON object: {\"UserID\":\"u\",\"Platform\":\"iPhone\",\"Status\":\"Online\"}.");
        string userId = Text(body, "UserID");
        string platform = Text(body, "Platform");
        string statusText = Text(body, "Status");
        if (!Enum.GetNames<OnlineStatus>().Contains(statusText, StringComparer.Ordinal))
            throw new ArgumentException($"Status must be Online, PushOnline or Offline, not '{statusText}'.");
        state.SetOnlineStatus(userId, platform, Enum.Parse<OnlineStatus>(statusText));
        AccountInfo account = state.GetAccount(userId)!;
        var platforms = new JsonArray(account.Platforms.Select(p => (JsonNode)new JsonObject { ["Platform"] = p.Platform, ["Status"] = p.Status.ToString() }).ToArray());
        return new JsonObject { ["UserID"] = userId, ["Status"] = account.Status.ToString(), ["Platforms"] = platforms };
    }

    private static string Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0
            ? value.GetString()!
            : throw new ArgumentException($"{name} is required as a non-empty string.");
}
