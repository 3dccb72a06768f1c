using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Faults;

/// <summary>The injectable faults, one entry each: name and behaviour (see <see cref="Fault"/>).</summary>
public static class FaultKinds
{
    internal static readonly IReadOnlyList<Fault> Entries = new Fault[]
    {
        new(FaultKind.ServerError50004, "50004", Band: 0, (http, _) => AnswerAsync(http, ErrorCodes.InternalError, "Internal server error (injected fault); retry.")),
        new(FaultKind.Timeout50005, "50005", Band: 1, (http, _) => AnswerAsync(http, ErrorCodes.NetworkTimeout, "Network timeout (injected fault); retry later.")),
        new(FaultKind.Throttle, "throttle", Band: 2, (http, _) => AnswerAsync(http, ErrorCodes.FrequencyLimit, "REST API call frequency limit exceeded (injected fault).")),
        new(FaultKind.Http502, "http502", Band: 3, BadGatewayAsync),
        new(FaultKind.Reset, "reset", Band: 4, (http, _) =>
        {
            http.Abort();
            return Task.FromResult(true);
        }),
        new(FaultKind.Stall, "stall", Band: 5, async (http, settings) =>
        {
            await Task.Delay(settings.StallMs, http.RequestAborted);
            return false;
        }),
    };

    /// <summary>The entries in band order: the order of the draw, of the control API's keys and of the stats.</summary>
    internal static readonly IReadOnlyList<Fault> InBandOrder = Entries.OrderBy(f => f.Band).ToList();

    public static readonly IReadOnlyList<FaultKind> All = InBandOrder.Select(f => f.Kind).ToList();

    internal static Fault Of(FaultKind kind) => Entries.Single(f => f.Kind == kind);

    public static string WireName(this FaultKind kind) => kind == FaultKind.None ? "none" : Of(kind).Name;

    private static async Task<bool> AnswerAsync(HttpContext http, int errorCode, string errorInfo)
    {
        await Envelope.WriteAsync(http, Envelope.Fail(errorCode, errorInfo));
        return true;
    }

    private static async Task<bool> BadGatewayAsync(HttpContext http, FaultSettings settings)
    {
        http.Response.StatusCode = StatusCodes.Status502BadGateway;
        http.Response.ContentType = "text/html";
        await http.Response.WriteAsync("<html><body><h1>502 Bad Gateway</h1></body></html>", http.RequestAborted);
        return true;
    }
}
