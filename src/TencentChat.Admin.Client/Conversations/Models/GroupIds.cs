using System.Text;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// The one check of a group chat's GroupId before it is sent, wherever it came from: 1 to 48 bytes (Tencent's limit
    /// for custom GroupIds; the ones Tencent assigns, @TGS#..., are shorter), without control characters or leading or
    /// trailing spaces, which no GroupId has and a broken or padded CSV cell does.
    /// </summary>
    public static class GroupIds
    {
        public const int MaxBytes = 48;

        public static string Validate(string? groupId)
        {
            if (string.IsNullOrWhiteSpace(groupId))
                throw new ChatInputException("InvalidGroupId", "The GroupId is empty.", groupId);
            foreach (char c in groupId!)
                if (char.IsControl(c))
                    throw new ChatInputException("InvalidGroupId", $"The GroupId {InputEcho.Quote(groupId)} contains control characters.", groupId);
            if (groupId.Trim() != groupId)
                throw new ChatInputException("InvalidGroupId", $"The GroupId {InputEcho.Quote(groupId)} has leading or trailing spaces.", groupId);
            int bytes = Encoding.UTF8.GetByteCount(groupId);
            if (bytes > MaxBytes)
                throw new ChatInputException("InvalidGroupId",
                    $"The GroupId {InputEcho.Quote(groupId)} is {bytes} bytes long; Tencent GroupIds are at most {MaxBytes} bytes.", groupId);
            return groupId;
        }
    }
}
