using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Users;

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
        CommandEntry? command = path.Length > 1 ? runtime.Commands.ByPath.GetValueOrDefault(path[1..]) : null;
        if (command != null) runtime.Stats.CountRequest(command.Name);
        runtime.Options.RequestObserver?.Invoke(http.Request.QueryString.Value ?? "");
        int latencyMs = runtime.LatencyMs;
        if (latencyMs > 0) await Task.Delay(latencyMs, http.RequestAborted);

        Fault? fault = command == null ? null : runtime.Faults.Draw(command.Name);
        if (fault != null)
        {
            runtime.Stats.CountFault(fault.Kind);
            if (await fault.Inject(http, runtime.Faults.Settings)) return;
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
        await Envelope.WriteAsync(http, response);
    }

    private static async Task<JsonObject> ExecuteAsync(HttpContext http, EmulatorRuntime runtime, CommandEntry? command, string path)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
            throw new ApiException(ErrorCodes.MalformedRequest, $"The REST API accepts POST only, not {http.Request.Method}.");
        if (command == null)
            throw new ApiException(ErrorCodes.ResourceWrong, $"No such API '{path}'; the commands are {string.Join(", ", runtime.Commands.Entries.Select(c => c.Path))}.");
        if (!runtime.Limiter.TryAcquire(command.Name, command.RatePerSecond))
        {
            runtime.Stats.CountThrottled();
            throw new ApiException(ErrorCodes.FrequencyLimit,
                $"REST API call frequency limit exceeded: {runtime.Limiter.LimitFor(command.RatePerSecond)} requests per second for {command.Name}.");
        }
        ChatState state = runtime.State;
        runtime.Authenticator.Verify(new QueryParameters(http.Request.QueryString.Value), command.Service, state);

        using JsonDocument body = await ReadBodyAsync(http, command.Service.BodyNotJson);
        return command.Command.Execute(new CommandContext(state, runtime.Options.PageSize, runtime.Options.Edition, runtime.Options.Administrators,
                runtime.Options.SdkAppId, http.Request.Scheme + "://" + http.Request.Host.Value),
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
}
