using System.Text.Json.Nodes;

namespace TencentChat.Emulator.Protocol;

/// <summary>The common response fields (spec §1.4), appended after the command's own fields as in the doc samples.</summary>
internal static class Envelope
{
    public static JsonObject Ok(JsonObject body) => Append(body, ErrorCodes.Ok, "");

    public static JsonObject Fail(int errorCode, string errorInfo) => Append(new JsonObject(), errorCode, errorInfo);

    /// <summary>One item's outcome in a batch answer (ResultItem): the item's own fields, then ResultCode and ResultInfo.</summary>
    public static JsonObject ItemResult(JsonObject item, int resultCode, string resultInfo)
    {
        item["ResultCode"] = resultCode;
        item["ResultInfo"] = resultInfo;
        return item;
    }

    /// <summary>Sends an envelope the way the service does: HTTP 200 whatever the ErrorCode (spec §1.3).</summary>
    public static async Task WriteAsync(HttpContext http, JsonObject response)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.AccessControlAllowOrigin = "*";
        http.Response.Headers.AccessControlAllowMethods = "POST";
        await http.Response.WriteAsync(WireJson.Serialize(response), http.RequestAborted);
    }

    /// <summary>
    /// The ActionStatus of a batch answer whose ErrorCode is 0 although some items failed (message spec §3.2): a command
    /// sets it on its own response, and <see cref="Ok"/> keeps it.
    /// </summary>
    public const string SomeError = "SomeError";

    private static JsonObject Append(JsonObject body, int errorCode, string errorInfo)
    {
        bool partial = errorCode == ErrorCodes.Ok && body["ActionStatus"]?.GetValue<string>() == SomeError;
        body.Remove("ActionStatus");
        body["ActionStatus"] = errorCode != ErrorCodes.Ok ? "FAIL" : partial ? SomeError : "OK";
        body["ErrorCode"] = errorCode;
        body["ErrorInfo"] = errorInfo;
        body["ErrorDisplay"] = "";
        return body;
    }
}
