using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Messages;

/// <summary>
/// open_msg_svc/get_history (message spec §3.10): the chat log of one Beijing-time hour (<c>MsgTime</c> yyyyMMddHH,
/// UTC+8) as one gzip file served from this emulator's own <c>GET /_emulator/archives/{name}.gz</c>, in the documented
/// line format, with its sizes and MD5s. Unlike the real service, which builds a file after its hour closes, an hour is
/// served as soon as asked, the current one included. An hour with no messages, or in the future, answers 1004; an hour
/// that closed more than 7 days ago 1005. Group hours always answer 1004: the emulator's group messages live in another
/// family, which this one may not read (the import rule), so its Group chat logs are empty.
/// </summary>
internal sealed class GetHistoryCommand : ICommand
{
    public const int BadParameter = 1002;
    public const int NotBuilt = 1004;
    public const int Expired = 1005;
    private const long Hour = 3600;
    private const long UrlLifetime = 3600;
    private const long KeptFor = 7 * 24 * Hour;
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>1002 for a non-admin and for any bad field (§5: "bad parameter (not admin, missing or malformed field)").</summary>
    public static readonly ApiService OpenMsgSvc = new("open_msg_svc", BadParameter, BadParameter, new FieldCodes(BadParameter, BadParameter));

    public string Name => "get_history";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string chatType = body.String("ChatType");
        if (chatType is not ("C2C" or "Group")) throw new ApiException(BadParameter, $"ChatType must be C2C or Group, not '{chatType}'.");
        string msgTime = body.String("MsgTime");
        if (msgTime.Length != 10 || !DateTime.TryParseExact(msgTime, "yyyyMMddHH", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
            throw new ApiException(BadParameter, $"MsgTime must be yyyyMMddHH in Beijing time (e.g. 2015120121), not '{msgTime}'.");
        long start = new DateTimeOffset(local, Beijing).ToUnixTimeSeconds();
        long now = context.State.Now;
        if (start > now) throw new ApiException(NotBuilt, $"The hour {msgTime} (Beijing time) has not begun.");
        if (start + Hour + KeptFor <= now) throw new ApiException(Expired, $"The chat log of {msgTime} (Beijing time) is older than 7 days.");

        MessageStore store = context.State.Messages();
        List<StoredMessage> messages;
        lock (store.Gate) messages = chatType == "C2C" ? store.Between(start, start + Hour) : new List<StoredMessage>();
        if (messages.Count == 0) throw new ApiException(NotBuilt, $"No {chatType} messages in the hour {msgTime} (Beijing time).");

        byte[] file = Encoding.UTF8.GetBytes(Log(context.SdkAppId, chatType, msgTime, messages));
        byte[] gzip = Gzip(file);
        string name = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant() + ".gz";
        long expires = now + UrlLifetime;
        lock (store.Gate)
        {
            foreach (string old in store.Archives.Where(a => a.Value.ExpiresAt <= now).Select(a => a.Key).ToList()) store.Archives.Remove(old);
            store.Archives[name] = (gzip, expires);
        }
        return new JsonObject
        {
            ["File"] = new JsonArray(new JsonObject
            {
                ["URL"] = context.Origin + "/_emulator/archives/" + name,
                ["ExpireTime"] = DateTimeOffset.FromUnixTimeSeconds(expires).ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                ["FileSize"] = file.Length,
                ["FileMD5"] = Md5(file),
                ["GzipSize"] = gzip.Length,
                ["GzipMD5"] = Md5(gzip),
            }),
        };
    }

    /// <summary><c>GET /_emulator/archives/{name}</c>: a file get_history handed out, until its URL expires.</summary>
    public static (byte[] Content, string ContentType)? Serve(ChatState state, string name)
    {
        MessageStore store = state.Messages();
        lock (store.Gate)
            return store.Archives.TryGetValue(name, out var file) && file.ExpiresAt > state.Now ? (file.Gzip, "application/gzip") : null;
    }

    /// <summary>§3.10's format: a header line opening MsgList, one message per line (comma-separated), the closing line.</summary>
    private static string Log(long sdkAppId, string chatType, string msgTime, List<StoredMessage> messages)
    {
        var text = new StringBuilder();
        text.Append(new JsonObject { ["SdkAppId"] = sdkAppId, ["ChatType"] = chatType, ["MsgTime"] = msgTime }.ToJsonString().TrimEnd('}'))
            .Append(",\"MsgList\":[\n");
        for (int i = 0; i < messages.Count; i++)
        {
            StoredMessage m = messages[i];
            var line = new JsonObject
            {
                ["From_Account"] = m.From, ["To_Account"] = m.To, ["MsgTimestamp"] = m.Time, ["MsgSeq"] = m.Seq, ["MsgRandom"] = m.Random,
                ["MsgBody"] = JsonNode.Parse(m.Body.GetRawText()),
            };
            text.Append(line.ToJsonString()).Append(i < messages.Count - 1 ? ",\n" : "\n");
        }
        return text.Append("]}\n").ToString();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(data);
        return output.ToArray();
    }

    private static string Md5(byte[] data) => Convert.ToHexString(MD5.HashData(data)).ToLowerInvariant();
}
