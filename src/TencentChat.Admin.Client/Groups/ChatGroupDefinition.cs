using System.Collections.Generic;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Groups
{
    /// <summary>
    /// What New-ChatGroup asks for (create_group, group spec §3.2) or Set-ChatGroup changes (modify_group_base_info, §3.4):
    /// a null field is not sent, so Set-ChatGroup changes only the fields an object or CSV row carries.
    /// </summary>
    public sealed class ChatGroupDefinition
    {
        /// <summary>A custom GroupId (create) or the group to change (modify).</summary>
        public string? GroupId { get; set; }
        public ChatGroupType Type { get; set; } = ChatGroupType.Public;
        public string? Name { get; set; }
        public string? Owner { get; set; }
        public string? Introduction { get; set; }
        public string? Notification { get; set; }
        public string? FaceUrl { get; set; }
        public int? MaxMemberCount { get; set; }
        public string? ApplyJoinOption { get; set; }
        public string? InviteJoinOption { get; set; }
        public bool? MuteAll { get; set; }

        /// <summary>Key=Value items; on modify an empty value deletes the key.</summary>
        public IReadOnlyList<string>? AppDefinedData { get; set; }

        /// <summary>Create only: members to add (as Member) and admins (as Admin).</summary>
        public IReadOnlyList<string> Members { get; set; } = new string[0];
        public IReadOnlyList<string> Admins { get; set; } = new string[0];

        /// <summary>True when the definition changes nothing (Set-ChatGroup refuses it as NoGroupChange).</summary>
        public bool IsEmpty =>
            Name == null && Introduction == null && Notification == null && FaceUrl == null && MaxMemberCount == null
            && ApplyJoinOption == null && InviteJoinOption == null && MuteAll == null && AppDefinedData == null;
    }
}
