namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One of a user's conversation groups (GroupItem of get_contact_group and of the write commands). Account and
    /// Name bind -Account and -Name of Rename-ChatContactGroup and Remove-ChatContactGroup, and ContactGroupName of
    /// the member cmdlets, by property name.
    /// </summary>
    public sealed class ChatContactGroup
    {
        /// <summary>The user who owns the group.</summary>
        public string Account { get; set; } = string.Empty;

        /// <summary>Tencent's id of the group: small integers, the values in ContactGroupIds of conversations.</summary>
        public int ContactGroupId { get; set; }

        /// <summary>The group's name, unique per user; the write APIs address groups by name.</summary>
        public string Name { get; set; } = string.Empty;

        public override string ToString() => Name + " of " + Account;
    }
}
