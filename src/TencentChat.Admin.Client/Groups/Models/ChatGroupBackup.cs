namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One group written by Export-ChatGroup: the file and what it holds. Path binds Import-ChatGroup, so
    /// <c>Export-ChatGroup ... | Import-ChatGroup</c> restores what was just exported.
    /// </summary>
    public sealed class ChatGroupBackup
    {
        public string GroupId { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;

        /// <summary>The backup file's full path.</summary>
        public string Path { get; set; } = string.Empty;

        public int MemberCount { get; set; }

        /// <summary>Messages in the file; null when the export was made without -IncludeMessages.</summary>
        public int? MessageCount { get; set; }

        public override string ToString() => Path;
    }
}
