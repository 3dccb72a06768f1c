namespace TencentChat.Emulator.Faults;

/// <summary>The control API's names for the fault kinds.</summary>
public static class FaultKinds
{
    public static readonly IReadOnlyList<FaultKind> All =
        new[] { FaultKind.ServerError50004, FaultKind.Timeout50005, FaultKind.Throttle, FaultKind.Http502, FaultKind.Reset, FaultKind.Stall };

    public static string WireName(this FaultKind kind) => kind switch
    {
        FaultKind.ServerError50004 => "50004",
        FaultKind.Timeout50005 => "50005",
        FaultKind.Throttle => "throttle",
        FaultKind.Http502 => "http502",
        FaultKind.Reset => "reset",
        FaultKind.Stall => "stall",
        _ => "none",
    };
}
