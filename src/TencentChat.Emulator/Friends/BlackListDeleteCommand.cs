using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// black_list_delete (profile-sns spec §3.12): up to 1000 To_Account; unblocking someone not blocked is 0
/// (UNCONFIRMED). A friendship removed by blocking is not restored.
/// </summary>
internal sealed class BlackListDeleteCommand : ICommand
{
    public string Name => "black_list_delete";

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
                if (from.Blocked.Remove(target)) from.BlockSequence++;
                results.Add(SnsRequest.Result(target, ErrorCodes.Ok, ""));
            }
        }
        return SnsRequest.Answer("ResultItem", results);
    }
}
