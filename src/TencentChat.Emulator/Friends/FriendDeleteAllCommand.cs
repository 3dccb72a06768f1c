using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// friend_delete_all (profile-sns spec §3.7): every row of the owner's table; with Delete_Type_Both the owner's row in
/// each friend's table too. The blocklist and the list definitions stay (UNCONFIRMED).
/// </summary>
internal sealed class FriendDeleteAllCommand : ICommand
{
    public string Name => "friend_delete_all";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        bool both = DeleteTypes.Both(body);
        FriendStore store = SnsRequest.Store(context);
        lock (store.Gate)
        {
            FriendUser from = store.User(owner);
            if (both)
                foreach (string friend in from.Friends.Keys.ToList())
                    if (store.User(friend).Friends.Remove(owner)) store.User(friend).StandardSequence++;
            if (from.Friends.Count > 0) from.StandardSequence++;
            from.Friends.Clear();
        }
        return new JsonObject();
    }
}
