using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Http;

/// <summary>
/// <c>/_emulator/*</c>: stats, fault injection, settings, reset and the families' own operations, for tests. No auth, so loopback clients only.
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
            case "settings" when HttpMethods.IsGet(method) || HttpMethods.IsPost(method):
                await SettingsAsync(http, runtime);
                break;
            case var file when HttpMethods.IsGet(method) && file.IndexOf('/') is > 0 and int slash
                && runtime.Registry.Files.TryGetValue(file[..slash], out FileRoute? files):
                await FileAsync(http, files(runtime.State, file[(slash + 1)..]));
                break;
            case var name when HttpMethods.IsPost(method) && runtime.Registry.ControlOperations.TryGetValue(name, out ControlOperation? operation):
                await FamilyOperationAsync(http, runtime, operation);
                break;
            default:
                await WriteAsync(http, StatusCodes.Status404NotFound,
                    Error($"No control operation {method} {Prefix}{route}; see GET stats, GET/POST/DELETE faults, GET/POST settings{string.Concat(runtime.Registry.ControlOperations.Keys.Select(k => ", POST " + k))}, POST reset."));
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

    /// <summary>
    /// GET answers every key with its value in force; POST takes any of the keys, checks them all, then applies them
    /// and answers as GET. An unknown key or a bad value is 400 and changes nothing.
    /// </summary>
    private static async Task SettingsAsync(HttpContext http, EmulatorRuntime runtime)
    {
        IReadOnlyDictionary<string, Setting> settings = runtime.Registry.Settings;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            var changes = new List<Action>();
            try
            {
                using JsonDocument body = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
                if (body.RootElement.ValueKind != JsonValueKind.Object)
                    throw new ArgumentException($"The body must be a JSON object with any of {string.Join(", ", settings.Keys)}.");
                List<string> unknown = body.RootElement.EnumerateObject().Select(p => p.Name).Where(name => !settings.ContainsKey(name)).ToList();
                if (unknown.Count > 0)
                    throw new ArgumentException($"Unknown setting(s) {string.Join(", ", unknown)}; the settings are {string.Join(", ", settings.Keys)}.");
                foreach (JsonProperty property in body.RootElement.EnumerateObject())
                    changes.Add(settings[property.Name].Parse(property.Value));
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                await WriteAsync(http, StatusCodes.Status400BadRequest, Error(e.Message));
                return;
            }
            foreach (Action change in changes) change();
        }
        await WriteAsync(http, StatusCodes.Status200OK, new JsonObject(settings.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value.Current()))));
    }

    /// <summary>A family's control operation: its body errors are 400, a missing account or other target 404.</summary>
    private static async Task FamilyOperationAsync(HttpContext http, EmulatorRuntime runtime, ControlOperation operation)
    {
        JsonObject answer;
        try
        {
            using JsonDocument body = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            answer = operation(runtime.State, body.RootElement);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            await WriteAsync(http, StatusCodes.Status400BadRequest, Error(e.Message));
            return;
        }
        catch (KeyNotFoundException e)
        {
            await WriteAsync(http, StatusCodes.Status404NotFound, Error(e.Message));
            return;
        }
        await WriteAsync(http, StatusCodes.Status200OK, answer);
    }

    private static async Task FileAsync(HttpContext http, (byte[] Content, string ContentType)? file)
    {
        if (file is not { } found)
        {
            await WriteAsync(http, StatusCodes.Status404NotFound, Error("No such file (a URL is temporary: ask for a new one)."));
            return;
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = found.ContentType;
        http.Response.ContentLength = found.Content.Length;
        await http.Response.Body.WriteAsync(found.Content, http.RequestAborted);
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
}
