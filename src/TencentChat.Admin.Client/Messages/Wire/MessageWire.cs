using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Messages.Wire
{
    /// <summary>sendmsg (spec §3.1) and, with <see cref="BatchSendRequest"/>'s To_Account array, batchsendmsg (§3.2).</summary>
    internal abstract class SendRequestBase
    {
        [JsonPropertyName("SyncOtherMachine")] public int? SyncOtherMachine { get; set; }
        [JsonPropertyName("From_Account")] public string? FromAccount { get; set; }
        [JsonPropertyName("MsgSeq")] public uint MsgSeq { get; set; }
        [JsonPropertyName("MsgRandom")] public uint MsgRandom { get; set; }
        [JsonPropertyName("OnlineOnlyFlag")] public int? OnlineOnlyFlag { get; set; }
        [JsonPropertyName("SendMsgControl")] public string[]? SendMsgControl { get; set; }
        [JsonPropertyName("MsgBody")] public ChatMessageBody MsgBody { get; set; } = null!;
        [JsonPropertyName("CloudCustomData")] public string? CloudCustomData { get; set; }
        /// <summary>Passed through as the user gave it (a hashtable's JSON): unknown keys of AndroidInfo/ApnsInfo stay as they are.</summary>
        [JsonPropertyName("OfflinePushInfo")] public JsonElement? OfflinePushInfo { get; set; }
    }

    internal sealed class SendRequest : SendRequestBase
    {
        [JsonPropertyName("To_Account")] public string ToAccount { get; set; } = string.Empty;
    }

    internal sealed class BatchSendRequest : SendRequestBase
    {
        public const int MaxItems = 500;

        [JsonPropertyName("To_Account")] public string[] ToAccount { get; set; } = Array.Empty<string>();
    }

    internal sealed class SendResponse : WireEnvelope
    {
        [JsonPropertyName("MsgTime")] public long? MsgTime { get; set; }
        [JsonPropertyName("MsgKey")] public string? MsgKey { get; set; }
        [JsonPropertyName("ErrorList")] public WireSendError[]? ErrorList { get; set; }
    }

    internal sealed class WireSendError
    {
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("ErrorCode")] public int ErrorCode { get; set; }
        [JsonPropertyName("ErrorInfo")] public string? ErrorInfo { get; set; }
    }

    /// <summary>importmsg (spec §3.3).</summary>
    internal sealed class ImportRequest
    {
        [JsonPropertyName("SyncFromOldSystem")] public int SyncFromOldSystem { get; set; }
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("To_Account")] public string ToAccount { get; set; } = string.Empty;
        [JsonPropertyName("MsgSeq")] public uint MsgSeq { get; set; }
        [JsonPropertyName("MsgRandom")] public uint MsgRandom { get; set; }
        [JsonPropertyName("MsgTimeStamp")] public long MsgTimeStamp { get; set; }
        [JsonPropertyName("MsgBody")] public ChatMessageBody MsgBody { get; set; } = null!;
        [JsonPropertyName("CloudCustomData")] public string? CloudCustomData { get; set; }
    }

    /// <summary>admin_getroammsg (spec §3.4), in the 2023+ field names.</summary>
    internal sealed class GetRoamRequest
    {
        [JsonPropertyName("Operator_Account")] public string OperatorAccount { get; set; } = string.Empty;
        [JsonPropertyName("Peer_Account")] public string PeerAccount { get; set; } = string.Empty;
        [JsonPropertyName("MaxCnt")] public int MaxCnt { get; set; }
        [JsonPropertyName("MinTime")] public long MinTime { get; set; }
        [JsonPropertyName("MaxTime")] public long MaxTime { get; set; }
        [JsonPropertyName("LastMsgKey")] public string? LastMsgKey { get; set; }
    }

    internal sealed class GetRoamResponse : WireEnvelope
    {
        [JsonPropertyName("Complete")] public int Complete { get; set; }
        [JsonPropertyName("MsgCnt")] public int MsgCnt { get; set; }
        [JsonPropertyName("LastMsgTime")] public long LastMsgTime { get; set; }
        /// <summary>A string since 2023; the 2020 table typed it as an integer (spec §8), so either is read.</summary>
        [JsonPropertyName("LastMsgKey")] [JsonConverter(typeof(StringOrNumberConverter))] public string? LastMsgKey { get; set; }
        [JsonPropertyName("MsgList")] public List<WireRoamMessage>? MsgList { get; set; }
    }

    internal sealed class WireRoamMessage
    {
        [JsonPropertyName("From_Account")] public string? FromAccount { get; set; }
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("MsgSeq")] public long MsgSeq { get; set; }
        [JsonPropertyName("MsgRandom")] public long MsgRandom { get; set; }
        [JsonPropertyName("MsgTimeStamp")] public long MsgTimeStamp { get; set; }
        [JsonPropertyName("MsgFlagBits")] public int MsgFlagBits { get; set; }
        [JsonPropertyName("IsPeerRead")] public int IsPeerRead { get; set; }
        [JsonPropertyName("MsgKey")] [JsonConverter(typeof(StringOrNumberConverter))] public string? MsgKey { get; set; }
        [JsonPropertyName("MsgBody")] public ChatMessageBody? MsgBody { get; set; }
        [JsonPropertyName("CloudCustomData")] public string? CloudCustomData { get; set; }
    }

    /// <summary>admin_msgwithdraw (§3.5) and modify_c2c_msg (§3.8): a stored message by sender, recipient and MsgKey.</summary>
    internal sealed class MessageKeyRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("To_Account")] public string ToAccount { get; set; } = string.Empty;
        [JsonPropertyName("MsgKey")] public string MsgKey { get; set; } = string.Empty;
        [JsonPropertyName("MsgBody")] public ChatMessageBody? MsgBody { get; set; }
        [JsonPropertyName("CloudCustomData")] public string? CloudCustomData { get; set; }
    }

    /// <summary>admin_set_msg_read (§3.6): MsgReadTime is a decimal string in every doc.</summary>
    internal sealed class SetReadRequest
    {
        [JsonPropertyName("Report_Account")] public string ReportAccount { get; set; } = string.Empty;
        [JsonPropertyName("Peer_Account")] public string PeerAccount { get; set; } = string.Empty;
        [JsonPropertyName("MsgReadTime")] public string? MsgReadTime { get; set; }
    }

    /// <summary>get_c2c_unread_msg_num (§3.7): To_Account is the user whose counts are read.</summary>
    internal sealed class UnreadRequest
    {
        public const int MaxItems = 10;

        [JsonPropertyName("To_Account")] public string ToAccount { get; set; } = string.Empty;
        [JsonPropertyName("Peer_Account")] public string[]? PeerAccount { get; set; }
    }

    internal sealed class UnreadResponse : WireEnvelope
    {
        [JsonPropertyName("AllC2CUnreadMsgNum")] public long? AllC2CUnreadMsgNum { get; set; }
        [JsonPropertyName("C2CUnreadMsgNumList")] public WirePeerUnread[]? C2CUnreadMsgNumList { get; set; }
        [JsonPropertyName("ErrorList")] public WirePeerError[]? ErrorList { get; set; }
    }

    internal sealed class WirePeerUnread
    {
        [JsonPropertyName("Peer_Account")] public string? PeerAccount { get; set; }
        [JsonPropertyName("C2CUnreadMsgNum")] public long C2CUnreadMsgNum { get; set; }
    }

    internal sealed class WirePeerError
    {
        [JsonPropertyName("Peer_Account")] public string? PeerAccount { get; set; }
        [JsonPropertyName("ErrorCode")] public int ErrorCode { get; set; }
    }

    /// <summary>A field Tencent has typed as a string in one version and an integer in another: read either, as text.</summary>
    internal sealed class StringOrNumberConverter : JsonConverter<string?>
    {
        public override bool HandleNull => true;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => reader.TryGetInt64(out long number) ? number.ToString(CultureInfo.InvariantCulture) : reader.GetDouble().ToString("R", CultureInfo.InvariantCulture),
                JsonTokenType.Null => null,
                _ => throw new JsonException("Expected a string or a number."),
            };

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
        {
            if (value == null) writer.WriteNullValue();
            else writer.WriteStringValue(value);
        }
    }

    /// <summary>open_msg_svc/get_history (§3.10): ChatType C2C or Group, MsgTime a Beijing-time hour yyyyMMddHH.</summary>
    internal sealed class HistoryRequest
    {
        [JsonPropertyName("ChatType")] public string ChatType { get; set; } = string.Empty;
        [JsonPropertyName("MsgTime")] public string MsgTime { get; set; } = string.Empty;
    }

    internal sealed class HistoryResponse : WireEnvelope
    {
        [JsonPropertyName("File")] public WireArchiveFile[]? File { get; set; }
    }

    /// <summary>One file of the hour; the spec's exact names (URL upper-case, MD5 upper-case).</summary>
    internal sealed class WireArchiveFile
    {
        [JsonPropertyName("URL")] public string? URL { get; set; }
        [JsonPropertyName("ExpireTime")] public string? ExpireTime { get; set; }
        [JsonPropertyName("FileSize")] public long? FileSize { get; set; }
        [JsonPropertyName("FileMD5")] public string? FileMD5 { get; set; }
        [JsonPropertyName("GzipSize")] public long? GzipSize { get; set; }
        [JsonPropertyName("GzipMD5")] public string? GzipMD5 { get; set; }
    }
}
