using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TencentChat.Emulator.Protocol;

/// <summary>Response serialisation: UTF-8 text as is (group names, marks) instead of \uXXXX escapes; nothing here is HTML.</summary>
internal static class WireJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);
}
