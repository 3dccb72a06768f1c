using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.State;

namespace TencentChat.Emulator.Http;

/// <summary>
/// Everything outside <c>/_emulator/</c>: counting, latency, injected faults, then the real service's checks
/// (method, path, rate limit, query and UserSig, body) and the command. API-level outcomes are always HTTP 200
/// with the envelope (spec §1.3).
/// </summary>
internal static class ApiEndpoint
{
    public static async Task HandleAsync(HttpContext http, EmulatorRuntime runtime)
    {
        string path = http.Request.Path.Value ?? "";
        CommandEntry? command = path.Length > 1 ? CommandTable.ByPath.GetValueOrDefault(path[1..]) : null;
        if (command != null) runtime.Stats.CountRequest(command.Name);
        runtime.Options.RequestObserver?.Invoke(http.Request.QueryString.Value ?? "");
        if (runtime.Options.LatencyMs > 0) await Task.Delay(runtime.Options.LatencyMs, http.RequestAborted);

        FaultKind fault = command == null ? FaultKind.None : runtime.Faults.Draw(command.Name);
        if (fault != FaultKind.None) runtime.Stats.CountFault(fault);
        switch (fault)
        {
            case FaultKind.Reset:
                http.Abort();
                return;
            case FaultKind.Http502:
                http.Response.StatusCode = StatusCodes.Status502BadGateway;
                http.Response.ContentType = "text/html";
                await http.Response.WriteAsync("<html><body><h1>502 Bad Gateway</h1></body></html>", http.RequestAborted);
                return;
            case FaultKind.ServerError50004:
                await WriteAsync(http, Envelope.Fail(ErrorCodes.InternalError, "Internal server error (injected fault); retry."));
                return;
            case FaultKind.Timeout50005:
                await WriteAsync(http, Envelope.Fail(ErrorCodes.NetworkTimeout, "Network timeout (injected fault); retry later."));
                return;
            case FaultKind.Throttle:
                await WriteAsync(http, Envelope.Fail(ErrorCodes.FrequencyLimit, "REST API call frequency limit exceeded (injected fault)."));
                return;
            case FaultKind.Stall:
                await Task.Delay(runtime.Faults.Settings.StallMs, http.RequestAborted);
                break;
        }

        JsonObject response;
        try
        {
            response = Envelope.Ok(await ExecuteAsync(http, runtime, command, path));
        }
        catch (ApiException e)
        {
            runtime.Stats.CountError(e.ErrorCode);
            response = Envelope.Fail(e.ErrorCode, e.Message);
        }
        await WriteAsync(http, response);
    }

    private static async Task<JsonObject> ExecuteAsync(HttpContext http, EmulatorRuntime runtime, CommandEntry? command, string path)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
            throw new ApiException(ErrorCodes.MalformedRequest, $"The REST API accepts POST only, not {http.Request.Method}.");
        if (command == null)
            throw new ApiException(ErrorCodes.ResourceWrong, $"No such API '{path}'; the commands are {string.Join(", ", CommandTable.ByName.Values.Select(c => c.Path))}.");
        if (!runtime.Limiter.TryAcquire(command.Name, command.RatePerSecond))
        {
            runtime.Stats.CountThrottled();
            throw new ApiException(ErrorCodes.FrequencyLimit,
                $"REST API call frequency limit exceeded: {runtime.Limiter.LimitFor(command.RatePerSecond)} requests per second for {command.Name}.");
        }
        ChatState state = runtime.State;
        runtime.Authenticator.Verify(new QueryParameters(http.Request.QueryString.Value), command.Service, state);

        using JsonDocument body = await ReadBodyAsync(http, command.Service.BodyNotJson);
        return command.Command.Execute(new CommandContext(state, runtime.Options.PageSize, runtime.Options.Edition, runtime.Options.Administrators),
            new JsonFields(body.RootElement, "", command.Service.Fields));
    }

    /// <summary>The body as one JSON object; anything else is <paramref name="notJsonCode"/> (60003, openim 90001).</summary>
    private static async Task<JsonDocument> ReadBodyAsync(HttpContext http, int notJsonCode)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
        }
        catch (JsonException e)
        {
            throw new ApiException(notJsonCode, $"The request body is not valid JSON ({e.Message}); send a JSON object, at least {{}}.");
        }
        if (document.RootElement.ValueKind == JsonValueKind.Object) return document;
        document.Dispose();
        throw new ApiException(notJsonCode, "The request body must be a JSON object.");
    }

    private static async Task WriteAsync(HttpContext http, JsonObject response)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.AccessControlAllowOrigin = "*";
        http.Response.Headers.AccessControlAllowMethods = "POST";
        await http.Response.WriteAsync(WireJson.Serialize(response), http.RequestAborted);
    }
}
