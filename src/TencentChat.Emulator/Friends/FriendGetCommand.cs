using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// friend_get (profile-sns spec §3.9): the owner's friends from StartIndex, a page of FriendPageSize (100 unless set;
/// the real size is UNCONFIRMED) in the order they were added, each with its standard and custom friend tags.
/// NextStartIndex is StartIndex plus the friends returned; the last page has CompleteFlag 1 and NextStartIndex 0. A
/// non-zero StandardSequence or CustomSequence equal to the current one leaves that half of ValueItem out, as the doc says.
/// </summary>
internal sealed class FriendGetCommand(FriendSettings settings) : ICommand
{
    public string Name => "friend_get";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        long start = body.Integer("StartIndex");
        if (start < 0) throw body.Invalid("StartIndex must not be negative.");
        long standardSeen = body.OptionalInteger("StandardSequence") ?? 0;
        long customSeen = body.OptionalInteger("CustomSequence") ?? 0;
        FriendStore store = SnsRequest.Store(context);
        lock (store.Gate)
        {
            FriendUser user = store.User(owner);
            bool skipStandard = standardSeen != 0 && standardSeen == user.StandardSequence;
            bool skipCustom = customSeen != 0 && customSeen == user.CustomSequence;
            var page = user.Friends.Skip((int)Math.Min(start, int.MaxValue)).Take(settings.PageSize).ToList();
            var items = new JsonArray();
            foreach (var (friend, row) in page)
            {
                var values = new JsonArray();
                if (!skipStandard) foreach (var (tag, value) in FriendJson.Standard(row)) values.Add(FriendJson.Pair(tag, value));
                if (!skipCustom) foreach (var (tag, value) in FriendJson.Custom(row)) values.Add(FriendJson.Pair(tag, value));
                items.Add(new JsonObject { ["To_Account"] = friend, ["ValueItem"] = values });
            }
            bool complete = start + page.Count >= user.Friends.Count;
            return new JsonObject
            {
                ["UserDataItem"] = items,
                ["StandardSequence"] = user.StandardSequence,
                ["CustomSequence"] = user.CustomSequence,
                ["FriendNum"] = user.Friends.Count,
                ["CompleteFlag"] = complete ? 1 : 0,
                ["NextStartIndex"] = complete ? 0 : start + page.Count,
            };
        }
    }
}
