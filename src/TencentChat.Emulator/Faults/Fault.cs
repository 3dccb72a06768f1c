namespace TencentChat.Emulator.Faults;

/// <summary>
/// One injectable fault: its kind, its name (control API, stats), its band in the one draw a request takes, and what it
/// does to the request. <paramref name="Inject"/> returns true when it answered the request itself (the command does not
/// run), false when the request goes on to be answered normally afterwards.
/// </summary>
/// <param name="Band">
/// Where this fault's rate lies in the unit interval of the draw: faults take their shares of it in band order, each
/// band holding one fault. The band is written down per fault, never derived from the order of <see cref="FaultKinds.All"/>,
/// so reordering or adding faults does not change the faults a seed gave before; a new fault takes the next free band.
/// </param>
internal sealed record Fault(FaultKind Kind, string Name, int Band, Func<HttpContext, FaultSettings, Task<bool>> Inject);
