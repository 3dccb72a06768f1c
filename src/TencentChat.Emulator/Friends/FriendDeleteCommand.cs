using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// friend_delete (profile-sns spec §3.6): up to 1000 To_Account; Delete_Type_Single (the default here, UNCONFIRMED)
/// removes the owner's row, Delete_Type_Both also the target's. A target that is not a friend is a per-item 31704.
/// The answer has no Fail_Account, as the doc's table and sample.
/// </summary>
internal sealed class FriendDeleteCommand : ICommand
{
    public string Name => "friend_delete";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        IReadOnlyList<string> targets = SnsRequest.Targets(body, "To_Account");
        bool both = DeleteTypes.Both(body);
        FriendStore store = SnsRequest.Store(context);
        var results = new JsonArray();
        lock (store.Gate)
        {
            FriendUser from = store.User(owner);
            foreach (string target in targets)
            {
                bool removed = from.Friends.Remove(target);
                if (removed) from.StandardSequence++;
                if (both && store.User(target).Friends.Remove(owner))
                {
                    store.User(target).StandardSequence++;
                    removed = true;
                }
                results.Add(removed ? SnsRequest.Result(target, ErrorCodes.Ok, "") : SnsRequest.Result(target, FriendCodes.NotFriend, "Err_SNS_FriendDelete_Friend_Not_Exist"));
            }
        }
        return SnsRequest.Answer("ResultItem", results, withFailAccount: false);
    }
}

/// <summary>DeleteType of friend_delete and friend_delete_all: Delete_Type_Single (default) or Delete_Type_Both.</summary>
internal static class DeleteTypes
{
    public static bool Both(JsonFields body) => (body.OptionalString("DeleteType") ?? "Delete_Type_Single") switch
    {
        "Delete_Type_Single" => false,
        "Delete_Type_Both" => true,
        string other => throw body.Invalid($"DeleteType is Delete_Type_Single or Delete_Type_Both, not '{other}'."),
    };
}
