using System.Text;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Groups
{
    /// <summary>
    /// The local checks of group input, before anything is sent. Only what is certain is refused: the profile byte limits
    /// Tencent enforces are UNCONFIRMED (group spec §6.1), so only the Name's newest documented limit (100 bytes) is held
    /// here; a server with the 30-byte legacy limit answers 10004 (InvalidParameter) instead.
    /// </summary>
    public static class GroupInput
    {
        /// <summary>The newest documented Name limit, in bytes of UTF-8 (web SDK 48184; 30 in the REST and SDK comments).</summary>
        public const int MaxNameBytes = 100;

        /// <summary>A type by its REST or console name: Work means Private, Meeting ChatRoom, Live AVChatRoom (group spec §0).</summary>
        public static ChatGroupType ParseType(string? text) =>
            GroupWire.TypeOf(text?.Trim()) is { } type && text!.Trim().Length > 0 && !int.TryParse(text, out _)
                ? type
                : throw new ChatInputException("InvalidGroupType",
                    $"{InputEcho.Quote(text)} is not a group type; use Private (Work), Public, ChatRoom (Meeting), AVChatRoom or Community.", text);

        public static string Name(string? name)
        {
            if (string.IsNullOrWhiteSpace(name))
                throw new ChatInputException("InvalidGroupName", "The group name is empty; a group needs a name.", name);
            int bytes = Encoding.UTF8.GetByteCount(name);
            return bytes <= MaxNameBytes ? name!
                : throw new ChatInputException("InvalidGroupName",
                    $"The group name {InputEcho.Quote(name)} is {bytes} bytes of UTF-8; Tencent allows at most {MaxNameBytes} (a CJK character is 3 bytes).", name);
        }

        public static string? ApplyJoinOption(string? value) => OneOf(value, "ApplyJoinOption", "FreeAccess", "NeedPermission", "DisableApply");

        public static string? InviteJoinOption(string? value) => OneOf(value, "InviteJoinOption", "FreeAccess", "NeedPermission", "DisableInvite");

        public static string? MessageFlag(string? value) => OneOf(value, "MessageFlag", "AcceptAndNotify", "AcceptNotNotify", "Discard");

        /// <summary>A role to set: Admin or Member (the owner changes only through change_group_owner).</summary>
        public static string Role(ChatGroupRole role) =>
            role == ChatGroupRole.Owner
                ? throw new ChatInputException("InvalidGroupRole", "The owner cannot be set as a role; use Set-ChatGroupOwner.", role)
                : role.ToString();

        private static string? OneOf(string? value, string what, params string[] values)
        {
            if (value == null) return null;
            foreach (string allowed in values)
                if (string.Equals(allowed, value.Trim(), System.StringComparison.OrdinalIgnoreCase)) return allowed;
            throw new ChatInputException("InvalidGroupOption", $"{what} {InputEcho.Quote(value)} is not one of {string.Join(", ", values)}.", value);
        }
    }
}
