using System.Text.Json.Serialization;
using TencentChat.Admin.Client.MessageBodies;

namespace TencentChat.Admin.Client.Groups.Backup
{
    /// <summary>
    /// One group's backup, as Export-ChatGroup writes it and Import-ChatGroup reads it: a JSON file per group. Times are
    /// Unix seconds, as Tencent's are, so an import sends exactly what the export read; message bodies are kept as the
    /// JSON Tencent returned. <see cref="Messages"/> is null when the export was made without -IncludeMessages (then an
    /// import leaves the history alone), and is in ascending seq order.
    /// </summary>
    internal sealed class GroupBackupFile
    {
        public const string FormatName = "TencentChat.Admin.GroupBackup";
        public const int CurrentVersion = 1;

        [JsonPropertyName("Format")] public string Format { get; set; } = FormatName;
        [JsonPropertyName("Version")] public int Version { get; set; } = CurrentVersion;
        [JsonPropertyName("ExportedAt")] public long ExportedAt { get; set; }
        [JsonPropertyName("Group")] public GroupBackupProfile Group { get; set; } = new GroupBackupProfile();
        [JsonPropertyName("Members")] public GroupBackupMember[] Members { get; set; } = new GroupBackupMember[0];
        [JsonPropertyName("Messages")] public GroupBackupMessage[]? Messages { get; set; }
    }

    internal sealed class GroupBackupProfile
    {
        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("Type")] public string Type { get; set; } = string.Empty;
        [JsonPropertyName("Name")] public string Name { get; set; } = string.Empty;
        [JsonPropertyName("Owner")] public string? Owner { get; set; }
        [JsonPropertyName("Introduction")] public string? Introduction { get; set; }
        [JsonPropertyName("Notification")] public string? Notification { get; set; }
        [JsonPropertyName("FaceUrl")] public string? FaceUrl { get; set; }
        [JsonPropertyName("MaxMemberCount")] public int? MaxMemberCount { get; set; }
        [JsonPropertyName("ApplyJoinOption")] public string? ApplyJoinOption { get; set; }
        [JsonPropertyName("InviteJoinOption")] public string? InviteJoinOption { get; set; }
        [JsonPropertyName("MuteAll")] public bool MuteAll { get; set; }
        [JsonPropertyName("CreateTime")] public long CreateTime { get; set; }
        [JsonPropertyName("AppDefinedData")] public GroupBackupKeyValue[]? AppDefinedData { get; set; }
    }

    internal sealed class GroupBackupKeyValue
    {
        [JsonPropertyName("Key")] public string Key { get; set; } = string.Empty;
        [JsonPropertyName("Value")] public string Value { get; set; } = string.Empty;
    }

    internal sealed class GroupBackupMember
    {
        [JsonPropertyName("Account")] public string Account { get; set; } = string.Empty;

        /// <summary>Owner, Admin or Member.</summary>
        [JsonPropertyName("Role")] public string Role { get; set; } = "Member";

        [JsonPropertyName("JoinTime")] public long JoinTime { get; set; }
        [JsonPropertyName("NameCard")] public string? NameCard { get; set; }
        [JsonPropertyName("MsgFlag")] public string? MsgFlag { get; set; }

        /// <summary>Unix seconds the member is muted until; 0 or absent = not muted.</summary>
        [JsonPropertyName("MutedUntil")] public long MutedUntil { get; set; }
    }

    internal sealed class GroupBackupMessage
    {
        [JsonPropertyName("MsgSeq")] public long MsgSeq { get; set; }
        [JsonPropertyName("From")] public string From { get; set; } = string.Empty;
        [JsonPropertyName("Time")] public long Time { get; set; }
        [JsonPropertyName("Random")] public uint Random { get; set; }
        [JsonPropertyName("Priority")] public string? Priority { get; set; }
        [JsonPropertyName("IsSystemMessage")] public bool IsSystemMessage { get; set; }
        [JsonPropertyName("MsgBody")] public ChatMessageBody? MsgBody { get; set; }
    }

    /// <summary>What an import run leaves next to a backup file (&lt;file&gt;.restore): the group it created, so a rerun goes on in that group.</summary>
    internal sealed class GroupRestoreState
    {
        [JsonPropertyName("SourceGroupId")] public string SourceGroupId { get; set; } = string.Empty;
        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
    }

    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
    [JsonSerializable(typeof(GroupBackupFile))]
    [JsonSerializable(typeof(GroupRestoreState))]
    internal sealed partial class GroupBackupJsonContext : JsonSerializerContext
    {
    }
}
