using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Messages;

/// <summary>The test hooks of admin_getroammsg (message spec §6): the page byte cap and the stuck cursor.</summary>
internal sealed class MessageSettings
{
    /// <summary>The ~13 KB a page stops at (§1), at least one message.</summary>
    public const int DefaultRoamPageBytes = 13312;

    public int RoamPageBytes { get; set; } = DefaultRoamPageBytes;
    public bool StuckRoamCursor { get; set; }
}

/// <summary>
/// The one-to-one message family (<c>v4/openim</c>, message spec §1 #1–#8): its commands, <c>POST /_emulator/messages</c>
/// (batchsendmsg's recipient budget and admin_getroammsg's test hooks) and its state.
/// </summary>
internal sealed class MessagesFamily : IEmulatorFamily
{
    public void Register(FamilyRegistry registry)
    {
        foreach (ICommand command in new ICommand[]
        {
            new SendMsgCommand(), new BatchSendMsgCommand(), new ImportMsgCommand(), new GetRoamMsgCommand(),
            new MsgWithdrawCommand(), new SetMsgReadCommand(), new GetUnreadCommand(), new ModifyMsgCommand(),
        })
        {
            registry.Commands.Add(CommandEntry.Of(MessageCodes.OpenIm, command));
        }
        registry.Commands.Add(CommandEntry.Of(GetHistoryCommand.OpenMsgSvc, new GetHistoryCommand(), ratePerSecond: 10));
        registry.Files.Add("archives", GetHistoryCommand.Serve);
        registry.ControlOperations.Add("messages", Configure);
    }

    /// <summary>
    /// {"RecipientsPerMinute":12000,"RoamPageBytes":13312,"StuckRoamCursor":false}, any of them: batchsendmsg's budget
    /// (0 off), admin_getroammsg's page byte cap and its stuck-cursor fault. Answers the values now in force; a bad value
    /// changes nothing (400). Part of the state: a reset restores the defaults.
    /// </summary>
    private static JsonObject Configure(ChatState state, JsonElement body)
    {
        MessageStore store = state.Messages();
        RecipientBudget budget = store.Budget;
        MessageSettings settings = store.Settings;
        if (body.ValueKind != JsonValueKind.Object) throw new ArgumentException("The body must be a JSON object, e.g. {\"RecipientsPerMinute\":12000}.");
        var changes = new List<Action>();
        foreach (JsonProperty property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "RecipientsPerMinute":
                    int perMinute = NonNegative(property.Value, property.Name);
                    changes.Add(() => budget.Set(perMinute));
                    break;
                case "RoamPageBytes":
                    int bytes = NonNegative(property.Value, property.Name);
                    changes.Add(() => settings.RoamPageBytes = bytes);
                    break;
                case "StuckRoamCursor":
                    bool stuck = property.Value.ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False => false,
                        _ => throw new ArgumentException("StuckRoamCursor must be true or false."),
                    };
                    changes.Add(() => settings.StuckRoamCursor = stuck);
                    break;
                default:
                    throw new ArgumentException($"Unknown key '{property.Name}': the keys are RecipientsPerMinute, RoamPageBytes and StuckRoamCursor.");
            }
        }
        foreach (Action change in changes) change();
        return new JsonObject { ["RecipientsPerMinute"] = budget.PerMinute, ["RoamPageBytes"] = settings.RoamPageBytes, ["StuckRoamCursor"] = settings.StuckRoamCursor };
    }

    public void Attach(ChatState state) => state.Attach(new MessageStore());

    private static int NonNegative(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) && n >= 0 ? n : throw new ArgumentException($"{name} must be a non-negative integer.");
}

/// <summary>The message family's part of a <see cref="ChatState"/>, for its commands and for tests.</summary>
public static class ChatStateMessages
{
    internal static MessageStore Messages(this ChatState state) => state.Family<MessageStore>();

    /// <summary>How many messages the pair's history holds, whoever sees them.</summary>
    public static int MessageCount(this ChatState state, string a, string b)
    {
        MessageStore store = state.Messages();
        lock (store.Gate) return store.History(a, b).Count;
    }
}
