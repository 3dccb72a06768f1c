using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Messages;

/// <summary>
/// The message commands' field checks, each answered with the code §5 lists for it (JsonFields answers 90001 for
/// anything else), in §6's order: fields, then MsgBody, then MsgLifeTime, then size; accounts are the command's.
/// </summary>
internal static class MessageFields
{
    /// <summary>The size limit the emulator holds: 12 KB (message spec §2.3; 8 KB in older pages, UNCONFIRMED).</summary>
    public const int MaxMessageBytes = 12288;

    public const long MaxLifeTime = 604800;

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Account(JsonFields body, string name, int code) =>
        OptionalAccount(body, name, code) ?? throw new ApiException(code, $"{name} is required (a non-empty string).");

    public static string? OptionalAccount(JsonFields body, string name, int code)
    {
        try
        {
            return body.OptionalAccount(name);
        }
        catch (ApiException e)
        {
            throw new ApiException(code, e.Message);
        }
    }

    public static long? Integer(JsonFields body, string name, int code)
    {
        try
        {
            return body.OptionalInteger(name);
        }
        catch (ApiException e)
        {
            throw new ApiException(code, e.Message);
        }
    }

    public static uint? UInt32(JsonFields body, string name, int code, bool required)
    {
        long? value = Integer(body, name, code);
        if (value == null)
            return required ? throw new ApiException(code, $"{name} is required (an integer from 0 to 4294967295).") : null;
        return value is >= 0 and <= uint.MaxValue ? (uint)value.Value : throw new ApiException(code, $"{name} must be from 0 to 4294967295, not {value}.");
    }

    /// <summary>MsgBody (§4.1): an array (90007) of one or more objects with a MsgType string (90002) and a MsgContent object (90010), one TIMCustomElem at most (90002).</summary>
    public static JsonElement Body(JsonFields body)
    {
        JsonElement? given;
        try
        {
            given = body.OptionalArray("MsgBody");
        }
        catch (ApiException)
        {
            given = null;
        }
        JsonElement array = given ?? throw new ApiException(MessageCodes.BodyNotArray, "MsgBody must be a JSON array of message elements.");
        if (array.GetArrayLength() == 0) throw new ApiException(MessageCodes.BodyMalformed, "MsgBody holds no element.");
        int custom = 0, index = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("MsgType", out JsonElement type) || type.ValueKind != JsonValueKind.String)
                throw new ApiException(MessageCodes.BodyMalformed, $"MsgBody[{index}] must be an object with a MsgType string.");
            if (!element.TryGetProperty("MsgContent", out JsonElement content) || content.ValueKind != JsonValueKind.Object)
                throw new ApiException(MessageCodes.ElementInvalid, $"MsgBody[{index}].MsgContent must be an object.");
            if (type.GetString() == "TIMCustomElem" && ++custom > 1)
                throw new ApiException(MessageCodes.BodyMalformed, "A message holds at most one TIMCustomElem.");
            index++;
        }
        return array.Clone();
    }

    /// <summary>MsgLifeTime: an integer (90044) of at most 7 days (90026); null when absent.</summary>
    public static long? LifeTime(JsonFields body)
    {
        long? life = Integer(body, "MsgLifeTime", MessageCodes.LifeTimeInvalid);
        return life > MaxLifeTime ? throw new ApiException(MessageCodes.LifeTimeTooLong, $"MsgLifeTime {life} is over 7 days ({MaxLifeTime} s).") : life;
    }

    /// <summary>
    /// The message's size: MsgBody's JSON plus CloudCustomData, in UTF-8 without \u escapes, as the module measures it
    /// (what Tencent measures is UNCONFIRMED); over 12,288 bytes is 93000.
    /// </summary>
    public static void CheckSize(JsonElement msgBody, string? cloudCustomData)
    {
        int size = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(msgBody, Relaxed)) + (cloudCustomData == null ? 0 : Encoding.UTF8.GetByteCount(cloudCustomData));
        if (size > MaxMessageBytes)
            throw new ApiException(MessageCodes.PacketTooLong, $"JSON packet too long: the message is {size} bytes, the limit {MaxMessageBytes}.");
    }

    /// <summary>A message as admin_getroammsg lists it (§3.4).</summary>
    public static JsonObject ToJson(StoredMessage m)
    {
        var json = new JsonObject
        {
            ["From_Account"] = m.From,
            ["To_Account"] = m.To,
            ["MsgSeq"] = m.Seq,
            ["MsgRandom"] = m.Random,
            ["MsgTimeStamp"] = m.Time,
            ["MsgFlagBits"] = m.FlagBits,
            ["IsPeerRead"] = m.IsPeerRead ? 1 : 0,
            ["MsgKey"] = m.Key,
            ["MsgBody"] = JsonNode.Parse(m.Body.GetRawText()),
        };
        if (m.CloudCustomData != null) json["CloudCustomData"] = m.CloudCustomData;
        return json;
    }

    /// <summary>About how many bytes <see cref="ToJson"/> of <paramref name="m"/> takes, for the page cap: the body's JSON plus the fixed fields.</summary>
    public static int SizeOf(StoredMessage m) =>
        m.Body.GetRawText().Length + (m.CloudCustomData?.Length ?? 0) + m.From.Length + m.To.Length + 200;

    /// <summary>A MsgKey of the shape the emulator gives: {seq}_{random}_{time}.</summary>
    public static bool IsKey(string key)
    {
        string[] parts = key.Split('_');
        return parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }
}
