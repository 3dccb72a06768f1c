using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// black_list_get (profile-sns spec §3.13): MaxLimited (1 to 1000, else 30001) blocked users from StartIndex, in
/// blocking order (newest first is UNCONFIRMED). StartIndex in the answer is where the next page starts, 0 when the
/// list is finished. The sequence goes out under both spellings, CurruentSequence and CurrentSequence, since what the
/// service sends is undocumented.
/// </summary>
internal sealed class BlackListGetCommand : ICommand
{
    public string Name => "black_list_get";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        long start = body.Integer("StartIndex");
        long limit = body.Integer("MaxLimited");
        body.Integer("LastSequence");
        if (start < 0) throw body.Invalid("StartIndex must not be negative.");
        if (limit is < 1 or > SnsRequest.MaxBlocked) throw body.Invalid($"MaxLimited must be from 1 to {SnsRequest.MaxBlocked}, not {limit}.");
        FriendStore store = SnsRequest.Store(context);
        lock (store.Gate)
        {
            FriendUser user = store.User(owner);
            var page = user.Blocked.Skip((int)Math.Min(start, int.MaxValue)).Take((int)limit).ToList();
            var items = new JsonArray(page.Select(b => (JsonNode)new JsonObject { ["To_Account"] = b.Key, ["AddBlackTimeStamp"] = b.Value }).ToArray());
            long next = start + page.Count < user.Blocked.Count ? start + page.Count : 0;
            return new JsonObject
            {
                ["BlackListItem"] = items,
                ["StartIndex"] = next,
                ["CurruentSequence"] = user.BlockSequence,
                ["CurrentSequence"] = user.BlockSequence,
            };
        }
    }
}
