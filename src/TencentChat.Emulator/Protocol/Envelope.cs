using System.Text.Json.Nodes;

namespace TencentChat.Emulator.Protocol;

/// <summary>The common response fields (spec §1.4), appended after the command's own fields as in the doc samples.</summary>
internal static class Envelope
{
    public static JsonObject Ok(JsonObject body) => Append(body, ErrorCodes.Ok, "");

    public static JsonObject Fail(int errorCode, string errorInfo) => Append(new JsonObject(), errorCode, errorInfo);

    private static JsonObject Append(JsonObject body, int errorCode, string errorInfo)
    {
        body["ActionStatus"] = errorCode == ErrorCodes.Ok ? "OK" : "FAIL";
        body["ErrorCode"] = errorCode;
        body["ErrorInfo"] = errorInfo;
        body["ErrorDisplay"] = "";
        return body;
    }
}
