using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// The one check of a group chat's GroupId before it is sent, wherever it came from: 1 to 48 bytes (Tencent's limit
    /// for custom GroupIds; the ones Tencent assigns, @TGS#..., are shorter), held to <see cref="IdentifierText"/>.
    /// Shared by the conversation family (group conversations) and the group family, so it lives in core.
    /// </summary>
    public static class GroupIds
    {
        public const int MaxBytes = 48;

        /// <summary>The prefix of every GroupId Tencent assigns (group spec §2.3).</summary>
        public const string AssignedPrefix = "@TGS#";

        /// <summary>The prefix a Community's custom GroupId must have (group spec §2.3, Tencent's client headers).</summary>
        public const string CommunityPrefix = "@TGS#_";

        public static string Validate(string? groupId) =>
            IdentifierText.Problem(groupId, "GroupId", MaxBytes, "Tencent GroupIds") is { } problem
                ? throw new ChatInputException("InvalidGroupId", problem, groupId)
                : groupId!;

        /// <summary>
        /// A custom GroupId for a new group (create_group, import_group; group spec §2.3): printable ASCII (0x20-0x7e), at
        /// most 48 bytes, not starting with @TGS#, which Tencent keeps for the IDs it assigns; except that a Community's
        /// must start with @TGS#_ (the two documented rules conflict for Communities; this follows the client headers).
        /// </summary>
        public static string ValidateCustom(string? groupId, bool community)
        {
            string id = Validate(groupId);
            foreach (char c in id)
                if (c < 0x20 || c > 0x7e)
                    throw new ChatInputException("InvalidGroupId",
                        $"The custom GroupId {InputEcho.Quote(id)} has a character outside printable ASCII; custom GroupIds are ASCII 0x20 to 0x7e.", groupId);
            if (community && !id.StartsWith(CommunityPrefix, System.StringComparison.Ordinal))
                throw new ChatInputException("InvalidGroupId",
                    $"The custom GroupId {InputEcho.Quote(id)} of a Community must start with {CommunityPrefix}.", groupId);
            if (!community && id.StartsWith(AssignedPrefix, System.StringComparison.Ordinal))
                throw new ChatInputException("InvalidGroupId",
                    $"The custom GroupId {InputEcho.Quote(id)} starts with {AssignedPrefix}, which Tencent keeps for the GroupIds it assigns; leave -GroupId out to get one, or choose another.", groupId);
            return id;
        }
    }
}
