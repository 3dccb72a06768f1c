using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Conversations.Wire
{
    /// <summary>create_contact_group request (spec §2.3): exactly one GroupContactItem per call.</summary>
    internal sealed class CreateContactGroupRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("GroupContactItem")] public WireGroupContactItem[] GroupContactItem { get; set; } = new WireGroupContactItem[0];
    }

    internal sealed class WireGroupContactItem
    {
        [JsonPropertyName("GroupName")] public string GroupName { get; set; } = string.Empty;
        /// <summary>Required by the docs even when empty.</summary>
        [JsonPropertyName("ContactItem")] public WireContactItem[] ContactItem { get; set; } = new WireContactItem[0];
    }

    internal sealed class CreateContactGroupResponse : WireEnvelope
    {
        [JsonPropertyName("GroupResultItem")] public WireGroupResultItem[]? GroupResultItem { get; set; }
    }

    internal sealed class WireGroupResultItem
    {
        [JsonPropertyName("GroupItem")] public WireGroupItem? GroupItem { get; set; }
        [JsonPropertyName("ResultItem")] public WireContactResult[]? ResultItem { get; set; }
    }

    /// <summary>
    /// A per-conversation result inside a successful answer (create, update, mark): ContactOptType appears in
    /// update_contact_group results, OptType in mark_contact results.
    /// </summary>
    internal sealed class WireContactResult
    {
        [JsonPropertyName("ContactOptType")] public int? ContactOptType { get; set; }
        [JsonPropertyName("OptType")] public int? OptType { get; set; }
        [JsonPropertyName("ContactItem")] public WireContactItem? ContactItem { get; set; }
        [JsonPropertyName("ResultCode")] public int ResultCode { get; set; }
        [JsonPropertyName("ResultInfo")] public string? ResultInfo { get; set; }
    }

    /// <summary>update_contact_group request (spec §2.4): UpdateType is always 1; UpdateGroupType 1 renames, 2 changes members.</summary>
    internal sealed class UpdateContactGroupRequest
    {
        public const int RenameGroup = 1;
        public const int ChangeMembers = 2;
        public const int AddMember = 1;
        public const int RemoveMember = 2;

        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("UpdateType")] public int UpdateType { get; set; } = 1;
        [JsonPropertyName("UpdateGroup")] public WireUpdateGroup UpdateGroup { get; set; } = new WireUpdateGroup();
    }

    internal sealed class WireUpdateGroup
    {
        [JsonPropertyName("UpdateGroupType")] public int UpdateGroupType { get; set; }
        [JsonPropertyName("OldGroupName")] public string OldGroupName { get; set; } = string.Empty;
        [JsonPropertyName("NewGroupName")] public string? NewGroupName { get; set; }
        [JsonPropertyName("ContactUpdateItem")] public WireContactUpdateItem[]? ContactUpdateItem { get; set; }
    }

    internal sealed class WireContactUpdateItem
    {
        [JsonPropertyName("ContactOptType")] public int ContactOptType { get; set; }
        [JsonPropertyName("ContactItem")] public WireContactItem ContactItem { get; set; } = new WireContactItem();
    }

    internal sealed class UpdateContactGroupResponse : WireEnvelope
    {
        [JsonPropertyName("UpdateType")] public int UpdateType { get; set; }
        [JsonPropertyName("UpdateGroupResult")] public WireUpdateGroupResult? UpdateGroupResult { get; set; }
    }

    internal sealed class WireUpdateGroupResult
    {
        [JsonPropertyName("UpdateGroupType")] public int UpdateGroupType { get; set; }
        [JsonPropertyName("GroupName")] public string? GroupName { get; set; }
        [JsonPropertyName("GroupId")] public int GroupId { get; set; }
        [JsonPropertyName("OldGroupName")] public string? OldGroupName { get; set; }
        [JsonPropertyName("ContactResultItem")] public WireContactResult[]? ContactResultItem { get; set; }
    }

    /// <summary>del_contact_group request (spec §2.5): GroupName is an array that must hold exactly one name.</summary>
    internal sealed class DelContactGroupRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("GroupName")] public string[] GroupName { get; set; } = new string[0];
    }

    internal sealed class DelContactGroupResponse : WireEnvelope
    {
        [JsonPropertyName("GroupItem")] public WireGroupItem[]? GroupItem { get; set; }
    }
}
