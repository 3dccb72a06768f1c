using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.State;

namespace TencentChat.Emulator.Http;

/// <summary>
/// <c>/_emulator/*</c>: stats, fault injection and reset for tests. No auth, so loopback clients only.
/// Plain HTTP status codes here: this is not the Tencent API and must not look like it.
/// </summary>
internal static class ControlEndpoint
{
    public const string Prefix = "/_emulator/";

    public static async Task HandleAsync(HttpContext http, EmulatorRuntime runtime)
    {
        if (!IsLoopback(http.Connection.RemoteIpAddress))
        {
            await WriteAsync(http, StatusCodes.Status403Forbidden, Error("The control API answers loopback clients only."));
            return;
        }
        string path = http.Request.Path.Value ?? "";
        string route = path.Length > Prefix.Length ? path[Prefix.Length..] : "";
        string method = http.Request.Method;
        switch (route)
        {
            case "stats" when HttpMethods.IsGet(method):
                await WriteAsync(http, StatusCodes.Status200OK, runtime.Stats.Snapshot().ToJson());
                break;
            case "faults" when HttpMethods.IsGet(method):
                await WriteAsync(http, StatusCodes.Status200OK, runtime.Faults.Settings.ToJson());
                break;
            case "faults" when HttpMethods.IsDelete(method):
                runtime.Faults.Set(FaultSettings.None);
                await WriteAsync(http, StatusCodes.Status200OK, runtime.Faults.Settings.ToJson());
                break;
            case "faults" when HttpMethods.IsPost(method):
                await SetFaultsAsync(http, runtime);
                break;
            case "reset" when HttpMethods.IsPost(method):
                runtime.Reset();
                await WriteAsync(http, StatusCodes.Status200OK, new JsonObject { ["reset"] = true, ["seed"] = runtime.Options.Seed });
                break;
            case "online" when HttpMethods.IsPost(method):
                await SetOnlineAsync(http, runtime);
                break;
            default:
                await WriteAsync(http, StatusCodes.Status404NotFound,
                    Error($"No control operation {method} {Prefix}{route}; see GET stats, GET/POST/DELETE faults, POST online, POST reset."));
                break;
        }
    }

    private static async Task SetFaultsAsync(HttpContext http, EmulatorRuntime runtime)
    {
        FaultSettings settings;
        try
        {
            using JsonDocument body = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            settings = FaultSettings.FromJson(body.RootElement);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            await WriteAsync(http, StatusCodes.Status400BadRequest, Error(e.Message));
            return;
        }
        runtime.Faults.Set(settings);
        await WriteAsync(http, StatusCodes.Status200OK, settings.ToJson());
    }

    private static bool IsLoopback(IPAddress? address) =>
        address != null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static JsonObject Error(string message) => new() { ["error"] = message };

    private static async Task WriteAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(WireJson.Serialize(body), http.RequestAborted);
    }

    /// <summary>
    /// {"UserID":"u","Platform":"iPhone","Status":"Online"}: sets one platform's login state (Online, PushOnline or
    /// Offline; the platform is any non-empty text, as the spec treats it as opaque) and answers the account's state.
    /// </summary>
    private static async Task SetOnlineAsync(HttpContext http, EmulatorRuntime runtime)
    {
        string userId, platform;
        OnlineStatus status;
        try
        {
            using JsonDocument body = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            JsonElement root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ArgumentException("The body must be a JSON object: {\"UserID\":\"u\",\"Platform\":\"iPhone\",\"Status\":\"Online\"}.");
            userId = Text(root, "UserID");
            platform = Text(root, "Platform");
            string statusText = Text(root, "Status");
            if (!Enum.GetNames<OnlineStatus>().Contains(statusText, StringComparer.Ordinal))
                throw new ArgumentException($"Status must be Online, PushOnline or Offline, not '{statusText}'.");
            status = Enum.Parse<OnlineStatus>(statusText);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            await WriteAsync(http, StatusCodes.Status400BadRequest, Error(e.Message));
            return;
        }
        try
        {
            runtime.State.SetOnlineStatus(userId, platform, status);
        }
        catch (KeyNotFoundException e)
        {
            await WriteAsync(http, StatusCodes.Status404NotFound, Error(e.Message));
            return;
        }
        AccountInfo account = runtime.State.GetAccount(userId)!;
        var platforms = new JsonArray(account.Platforms.Select(p => (JsonNode)new JsonObject { ["Platform"] = p.Platform, ["Status"] = p.Status.ToString() }).ToArray());
        await WriteAsync(http, StatusCodes.Status200OK, new JsonObject { ["UserID"] = userId, ["Status"] = account.Status.ToString(), ["Platforms"] = platforms });
    }

    private static string Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0
            ? value.GetString()!
            : throw new ArgumentException($"{name} is required as a non-empty string.");
}
