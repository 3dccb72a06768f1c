using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// black_list_check (profile-sns spec §3.14, §2.3): BlackCheckResult_Type_Single answers NO or AWithB (B on A's
/// blocklist), BlackCheckResult_Type_Both also BWithA and BothWay.
/// </summary>
internal sealed class BlackListCheckCommand : ICommand
{
    public string Name => "black_list_check";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        IReadOnlyList<string> targets = SnsRequest.Targets(body, "To_Account");
        bool both = body.String("CheckType") switch
        {
            "BlackCheckResult_Type_Single" => false,
            "BlackCheckResult_Type_Both" => true,
            string other => throw body.Invalid($"CheckType is BlackCheckResult_Type_Single or BlackCheckResult_Type_Both, not '{other}'."),
        };
        FriendStore store = SnsRequest.Store(context);
        var items = new JsonArray();
        lock (store.Gate)
        {
            FriendUser from = store.User(owner);
            foreach (string target in targets)
            {
                bool aWithB = from.Blocked.ContainsKey(target);
                bool bWithA = both && store.User(target).Blocked.ContainsKey(owner);
                string relation = (aWithB, bWithA) switch
                {
                    (true, true) => "BothWay",
                    (true, false) => "AWithB",
                    (false, true) => "BWithA",
                    _ => "NO",
                };
                items.Add(Envelope.ItemResult(new JsonObject { ["To_Account"] = target, ["Relation"] = "BlackCheckResult_Type_" + relation }, ErrorCodes.Ok, ""));
            }
        }
        return SnsRequest.Answer("BlackListCheckItem", items);
    }
}
