using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Accounts;

/// <summary>
/// openim/query_online_status (account spec §3.6), also served as the older querystate. Up to 500 To_Account; each
/// existing account gets a QueryResult entry and each missing one (or one no account could have) an ErrorList entry
/// with 70107, both in request order, a duplicate each time (UNCONFIRMED); ErrorList is [] when none failed. The
/// account's status is its best platform's (Online &gt; PushOnline &gt; Offline). Both spellings of the status are
/// sent, <c>Status</c> and <c>State</c> (the spec's conflict), in Detail entries too. Detail, the platforms that are
/// not Offline in the order they first reported, comes only with IsNeedDetail 1 (default 0, UNCONFIRMED) and never
/// for an Offline account. Codes: To_Account missing, empty or with an empty element 90001, more than 500 90011, an
/// element that is not a string 90003, IsNeedDetail other than 0 or 1 90001.
/// </summary>
internal sealed class QueryOnlineStatusCommand : ICommand
{
    public string Name => "query_online_status";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        JsonElement array = AccountJson.Batch(body, "To_Account", AccountLimits.AccountsPerStatusQuery, AccountCodes.TooManyStatusAccounts);
        IReadOnlyList<string> userIds = body.AccountTexts(array, "To_Account");
        int empty = userIds.ToList().IndexOf("");
        if (empty >= 0) throw body.Invalid($"{body.PathOf("To_Account")}[{empty}] must not be empty.");
        long detail = body.OptionalInteger("IsNeedDetail") ?? 0;
        if (detail is not (0 or 1)) throw body.Invalid($"{body.PathOf("IsNeedDetail")} must be 0 or 1, not {detail}.");

        var results = new JsonArray();
        var errors = new JsonArray();
        foreach (string userId in userIds)
        {
            if (context.State.Accounts.Find(userId) is { } user) results.Add(Result(user, detail == 1));
            else errors.Add(new JsonObject { ["To_Account"] = userId, ["ErrorCode"] = AccountCodes.AccountNotFound });
        }
        return new JsonObject { ["QueryResult"] = results, ["ErrorList"] = errors };
    }

    private static JsonObject Result(AccountUser user, bool withDetail)
    {
        lock (user.Gate)
        {
            OnlineStatus status = user.AggregateStatus;
            JsonObject result = WithStatus(new JsonObject { ["To_Account"] = user.Id }, status);
            if (withDetail && status != OnlineStatus.Offline)
            {
                result["Detail"] = new JsonArray(user.Platforms.Where(p => p.Value != OnlineStatus.Offline)
                    .Select(p => (JsonNode)WithStatus(new JsonObject { ["Platform"] = p.Key }, p.Value)).ToArray());
            }
            return result;
        }
    }

    private static JsonObject WithStatus(JsonObject item, OnlineStatus status)
    {
        item["Status"] = status.ToString();
        item["State"] = status.ToString();
        return item;
    }
}
