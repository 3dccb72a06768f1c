namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// What Import-ChatGroup did with one backup file: the group's old and new GroupId (a custom GroupId comes back as it
    /// was; a server-assigned @TGS# one cannot be imported, so the group gets a new one) and a count of every member and
    /// message: imported now, found already there (a rerun), or failed. Each failed member or message is also written as
    /// its own error. Path binds Import-ChatGroup again, so a rerun of the failed files finishes the job.
    /// </summary>
    public sealed class ChatGroupImport
    {
        /// <summary>The backup file's full path.</summary>
        public string Path { get; set; } = string.Empty;

        /// <summary>The GroupId in the backup.</summary>
        public string SourceGroupId { get; set; } = string.Empty;

        /// <summary>The restored group's GroupId: the same as SourceGroupId for a custom id, a new one for a @TGS# id.</summary>
        public string GroupId { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        /// <summary>True when this run created the group; false when it went on in a group an earlier run created.</summary>
        public bool Created { get; set; }

        public int MembersImported { get; set; }
        public int MembersAlreadyThere { get; set; }
        public int MembersFailed { get; set; }
        public int MessagesImported { get; set; }
        public int MessagesAlreadyThere { get; set; }
        public int MessagesFailed { get; set; }

        /// <summary>Everything in the file is in the group now.</summary>
        public bool Succeeded => MembersFailed == 0 && MessagesFailed == 0 && GroupId.Length > 0;

        public override string ToString() => SourceGroupId == GroupId || GroupId.Length == 0 ? SourceGroupId : SourceGroupId + " -> " + GroupId;
    }

    /// <summary>
    /// A member or message Import-ChatGroup could not restore: the TargetObject of its error. Path binds Import-ChatGroup,
    /// so <c>$err.TargetObject | Import-ChatGroup</c> reruns the files those items came from, which finishes them without
    /// duplicating what is already there.
    /// </summary>
    public sealed class ChatGroupImportItem
    {
        public string Path { get; set; } = string.Empty;
        public string SourceGroupId { get; set; } = string.Empty;

        /// <summary>The restored group's GroupId, once known.</summary>
        public string GroupId { get; set; } = string.Empty;

        /// <summary>Group, Member or Message.</summary>
        public string Kind { get; set; } = string.Empty;

        /// <summary>The member, or the message's sender.</summary>
        public string? Account { get; set; }

        /// <summary>The message's seq in the backup (its source group).</summary>
        public long MsgSeq { get; set; }

        public int ResultCode { get; set; }
        public string ResultInfo { get; set; } = string.Empty;

        internal Errors.ChatAdminException? Failure { get; set; }

        public override string ToString() => Kind switch
        {
            "Member" => "member " + Account + " of " + SourceGroupId,
            "Message" => "message seq " + MsgSeq + " of " + SourceGroupId,
            _ => SourceGroupId,
        };
    }
}
