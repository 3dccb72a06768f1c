namespace TencentChat.Emulator.Faults;

/// <summary>An injectable fault. <see cref="FaultKinds.WireName"/> gives the names used by the control API and stats.</summary>
public enum FaultKind
{
    None,
    /// <summary>Envelope with ErrorCode 50004 (internal error, retry).</summary>
    ServerError50004,
    /// <summary>Envelope with ErrorCode 50005 (network timeout, retry later).</summary>
    Timeout50005,
    /// <summary>Envelope with ErrorCode 60007, as the rate limiter answers.</summary>
    Throttle,
    /// <summary>HTTP 502 with a non-JSON body, as a gateway would send.</summary>
    Http502,
    /// <summary>The TCP connection is aborted without a response.</summary>
    Reset,
    /// <summary>The request is held for StallMs, then answered normally.</summary>
    Stall,
}
