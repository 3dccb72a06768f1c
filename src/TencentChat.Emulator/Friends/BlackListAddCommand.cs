using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// black_list_add (profile-sns spec §3.11, §2.4): up to 1000 To_Account. Blocking removes the friendship both ways and
/// any pending request between the two. Already blocked is a per-item 31307 (the live answer recorded in community
/// code; the doc's sample says 30001), an unknown account 30003, oneself 30001, a full blocklist 30013.
/// </summary>
internal sealed class BlackListAddCommand : ICommand
{
    public string Name => "black_list_add";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        IReadOnlyList<string> targets = SnsRequest.Targets(body, "To_Account");
        FriendStore store = SnsRequest.Store(context);
        var results = new JsonArray();
        lock (store.Gate)
        {
            FriendUser from = store.User(owner);
            foreach (string target in targets)
            {
                (int code, string info) = target == owner ? (FriendCodes.InvalidParameter, "Err_SNS_BlackListAdd_Add_Self")
                    : !context.State.UserExists(target) ? (FriendCodes.AccountNotFound, "Err_SNS_BlackListAdd_Account_Not_Exist")
                    : from.Blocked.ContainsKey(target) ? (FriendCodes.AlreadyBlocked, "Err_SNS_BlackListAdd_Already_Exist")
                    : from.Blocked.Count >= SnsRequest.MaxBlocked ? (FriendCodes.BlocklistCap, "Err_SNS_BlackListAdd_BlackList_Num_Exceed_Threshold")
                    : (ErrorCodes.Ok, "");
                if (code == ErrorCodes.Ok)
                {
                    from.Blocked[target] = context.State.Now;
                    from.BlockSequence++;
                    FriendUser to = store.User(target);
                    if (from.Friends.Remove(target)) from.StandardSequence++;
                    if (to.Friends.Remove(owner)) to.StandardSequence++;
                    from.Pending.Remove(target);
                    to.Pending.Remove(owner);
                }
                results.Add(SnsRequest.Result(target, code, info));
            }
        }
        return SnsRequest.Answer("ResultItem", results);
    }
}
