namespace TencentChat.Emulator.Groups;

/// <summary>
/// One entry of a group's history (group spec §2.8, §3.26): its seq, time, sender, body (the MsgBody JSON array, as
/// sent), Random and priority (1 High ... 4 Lowest, as history answers it). A hole (<see cref="IsHole"/>: expired,
/// failed or deleted) still holds its seq, with an empty body; a recalled message keeps its body but reads as
/// IsPlaceMsg 2. Changed only under <see cref="GroupStore.Gate"/>.
/// </summary>
public sealed class GroupMessage
{
    internal GroupMessage(long seq, long time, string? sender, string bodyJson, uint random, int priority, bool isSystem, bool isHole)
    {
        Seq = seq;
        Time = time;
        Sender = sender;
        BodyJson = bodyJson;
        Random = random;
        Priority = priority;
        IsSystem = isSystem;
        IsHole = isHole;
    }

    public long Seq { get; }
    public long Time { get; }

    /// <summary>The From_Account; null for a message sent as the admin or a system message.</summary>
    public string? Sender { get; }

    /// <summary>The MsgBody array's JSON text, exactly as it was sent or imported; "[]" for a hole.</summary>
    public string BodyJson { get; }

    public uint Random { get; }

    /// <summary>1 High, 2 Normal, 3 Low, 4 Lowest (spec §2.6).</summary>
    public int Priority { get; }

    public bool IsSystem { get; }

    /// <summary>A placeholder that only holds its seq (IsPlaceMsg 1).</summary>
    public bool IsHole { get; }

    public bool IsRecalled { get; internal set; }

    /// <summary>History's IsPlaceMsg: 0 a message, 1 a hole, 2 recalled.</summary>
    public int IsPlaceMsg => IsHole ? 1 : IsRecalled ? 2 : 0;

    /// <summary>The priority's send-side name (High, Normal, Low, Lowest) for a priority of 1-4.</summary>
    public static int PriorityOf(string? name) => name switch
    {
        "High" => 1,
        "Low" => 3,
        "Lowest" => 4,
        _ => 2,
    };
}
