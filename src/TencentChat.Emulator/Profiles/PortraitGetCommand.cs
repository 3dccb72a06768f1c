using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Profiles;

/// <summary>
/// portrait_get (profile spec §3.2): up to 100 To_Account, one UserProfileItem each in request order. An unknown
/// account is a per-item 40003 listed in Fail_Account (request-level or per-user is UNCONFIRMED); Fail_Account is left
/// out when every account was read. Tags never set are left out (UNCONFIRMED: the service might default them); numbers
/// come back as JSON numbers. A tag neither standard nor declared fails the request with 40009.
/// </summary>
internal sealed class PortraitGetCommand(DeclaredTags declared) : ICommand
{
    public const int MaxAccounts = 100;

    public string Name => "portrait_get";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        if (!body.Has("To_Account")) throw new ApiException(ProfileCodes.ToAccountMissing, "To_Account is required (an array of UserIDs).");
        JsonElement accounts = body.Array("To_Account", MaxAccounts);
        if (accounts.GetArrayLength() == 0) throw new ApiException(ProfileCodes.ToAccountMissing, "To_Account must not be empty.");
        IReadOnlyList<string> userIds = body.AccountTexts(accounts, "To_Account");
        JsonElement tagArray = body.Array("TagList");
        var tags = new List<string>();
        int i = 0;
        foreach (JsonElement tag in tagArray.EnumerateArray())
        {
            string name = tag.ValueKind == JsonValueKind.String ? tag.GetString()! : throw body.Invalid($"TagList[{i}] must be a string.");
            if (!ProfileTagRules.IsKnown(name, declared))
                throw new ApiException(ProfileCodes.TagNotFound, $"TagList[{i}]: the tag '{name}' does not exist.");
            if (!tags.Contains(name)) tags.Add(name);
            i++;
        }
        if (tags.Count == 0) throw body.Invalid("TagList must name at least one tag.");

        var items = new JsonArray();
        var failed = new JsonArray();
        foreach (string userId in userIds)
        {
            UserProfile? profile = context.State.ProfileOf(userId);
            if (profile == null)
            {
                items.Add(Envelope.ItemResult(new JsonObject { ["To_Account"] = userId }, ProfileCodes.AccountNotFound, "Err_Profile_PortraitGet_Account_Not_Exist"));
                failed.Add(userId);
                continue;
            }
            var values = new JsonArray();
            foreach (string tag in tags)
                if (profile.Get(tag) is { } value)
                    values.Add(new JsonObject { ["Tag"] = tag, ["Value"] = value });
            items.Add(Envelope.ItemResult(new JsonObject { ["To_Account"] = userId, ["ProfileItem"] = values }, ErrorCodes.Ok, ""));
        }
        var answer = new JsonObject { ["UserProfileItem"] = items };
        if (failed.Count > 0) answer["Fail_Account"] = failed;
        return answer;
    }
}
