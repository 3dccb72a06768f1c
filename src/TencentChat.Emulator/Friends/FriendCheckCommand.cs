using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// friend_check (profile-sns spec §3.8, §2.3): up to 1000 To_Account; CheckResult_Type_Single answers NoRelation or
/// AWithB (B in A's table), CheckResult_Type_Both also BWithA and BothWay. An unknown target has no relation (0).
/// </summary>
internal sealed class FriendCheckCommand : ICommand
{
    public string Name => "friend_check";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        IReadOnlyList<string> targets = SnsRequest.Targets(body, "To_Account");
        bool both = body.String("CheckType") switch
        {
            "CheckResult_Type_Single" => false,
            "CheckResult_Type_Both" => true,
            string other => throw body.Invalid($"CheckType is CheckResult_Type_Single or CheckResult_Type_Both, not '{other}'."),
        };
        FriendStore store = SnsRequest.Store(context);
        var items = new JsonArray();
        lock (store.Gate)
        {
            FriendUser from = store.User(owner);
            foreach (string target in targets)
            {
                bool aWithB = from.Friends.ContainsKey(target);
                bool bWithA = both && store.User(target).Friends.ContainsKey(owner);
                string relation = (aWithB, bWithA) switch
                {
                    (true, true) => "BothWay",
                    (true, false) => "AWithB",
                    (false, true) => "BWithA",
                    _ => "NoRelation",
                };
                items.Add(Envelope.ItemResult(new JsonObject { ["To_Account"] = target, ["Relation"] = "CheckResult_Type_" + relation }, ErrorCodes.Ok, ""));
            }
        }
        return SnsRequest.Answer("InfoItem", items);
    }
}
