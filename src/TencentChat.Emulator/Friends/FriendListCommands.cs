using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>The GroupName array of the friend-list commands: 1 to 32 names of 1 to 30 bytes (30001 otherwise).</summary>
internal static class ListNames
{
    public static IReadOnlyList<string> Read(JsonFields body, bool required)
    {
        JsonElement? array = required ? body.Array("GroupName", SnsRequest.MaxLists) : body.OptionalArray("GroupName");
        if (array == null) return Array.Empty<string>();
        if (array.Value.GetArrayLength() > SnsRequest.MaxLists) throw body.Invalid($"GroupName holds more than {SnsRequest.MaxLists} names.");
        var names = body.AccountTexts(array.Value, "GroupName");
        if (required && names.Count == 0) throw body.Invalid("GroupName must not be empty.");
        return names.All(SnsRequest.IsListName) ? names.Distinct(StringComparer.Ordinal).ToList()
            : throw body.Invalid("Every GroupName must be 1 to 30 bytes.");
    }
}

/// <summary>
/// group_add (profile-sns spec §3.15): new friend lists (an existing name is kept, not duplicated: UNCONFIRMED), more
/// than 32 in all 30011; To_Account (up to 1000) are put in every named list, a non-friend per-item 32216. ResultItem
/// only with To_Account; every change bumps CurrentSequence.
/// </summary>
internal sealed class GroupAddCommand : ICommand
{
    public string Name => "group_add";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        IReadOnlyList<string> names = ListNames.Read(body, required: true);
        IReadOnlyList<string>? members = body.Has("To_Account") ? SnsRequest.Targets(body, "To_Account") : null;
        FriendStore store = SnsRequest.Store(context);
        lock (store.Gate)
        {
            FriendUser user = store.User(owner);
            if (user.Lists.Union(names, StringComparer.Ordinal).Count() > SnsRequest.MaxLists)
                throw new ApiException(FriendCodes.ListCap, $"Err_SNS_GroupAdd_Group_Num_Exceed_Threshold: a user has at most {SnsRequest.MaxLists} friend lists.");
            foreach (string name in names.Where(n => !user.Lists.Contains(n))) user.Lists.Add(name);
            user.ListSequence++;
            JsonObject answer = new();
            if (members != null)
            {
                var results = new JsonArray();
                foreach (string member in members)
                {
                    if (user.Friends.TryGetValue(member, out FriendRow? row))
                    {
                        SnsRequest.TryJoinLists(user, row, names, replace: false);
                        results.Add(SnsRequest.Result(member, ErrorCodes.Ok, ""));
                    }
                    else results.Add(SnsRequest.Result(member, FriendCodes.ListMemberNotFriend, "Err_SNS_GroupAdd_ToTinyId_Not_Friend"));
                }
                answer = SnsRequest.Answer("ResultItem", results);
                user.StandardSequence++;
            }
            answer["CurrentSequence"] = user.ListSequence;
            return answer;
        }
    }
}

/// <summary>group_delete (profile-sns spec §3.16): removes the lists and strips them from every friend; unknown names are ignored (UNCONFIRMED).</summary>
internal sealed class GroupDeleteCommand : ICommand
{
    public string Name => "group_delete";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        IReadOnlyList<string> names = ListNames.Read(body, required: true);
        FriendStore store = SnsRequest.Store(context);
        lock (store.Gate)
        {
            FriendUser user = store.User(owner);
            user.Lists.RemoveAll(names.Contains);
            foreach (FriendRow row in user.Friends.Values) row.Groups.RemoveAll(names.Contains);
            user.ListSequence++;
            user.StandardSequence++;
            return new JsonObject { ["CurrentSequence"] = user.ListSequence };
        }
    }
}

/// <summary>
/// group_get (profile-sns spec §3.17): one ResultItem per list (those named in GroupName, else all), with FriendNumber,
/// and To_Account whenever NeedFriend is Need_Friend_Type_Yes (the doc's sample, not its field table).
/// </summary>
internal sealed class GroupGetCommand : ICommand
{
    public string Name => "group_get";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        bool members = body.OptionalString("NeedFriend") == "Need_Friend_Type_Yes";
        IReadOnlyList<string> names = ListNames.Read(body, required: false);
        FriendStore store = SnsRequest.Store(context);
        lock (store.Gate)
        {
            FriendUser user = store.User(owner);
            var items = new JsonArray();
            foreach (string list in user.Lists.Where(l => names.Count == 0 || names.Contains(l)))
            {
                var friends = user.Friends.Where(f => f.Value.Groups.Contains(list)).Select(f => (JsonNode)f.Key).ToArray();
                var item = new JsonObject { ["GroupName"] = list, ["FriendNumber"] = friends.Length };
                if (members) item["To_Account"] = new JsonArray(friends);
                items.Add(item);
            }
            return new JsonObject { ["ResultItem"] = items, ["CurrentSequence"] = user.ListSequence };
        }
    }
}
