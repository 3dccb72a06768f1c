using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// The one check of a group chat's GroupId before it is sent, wherever it came from: 1 to 48 bytes (Tencent's limit
    /// for custom GroupIds; the ones Tencent assigns, @TGS#..., are shorter), held to <see cref="IdentifierText"/>.
    /// </summary>
    public static class GroupIds
    {
        public const int MaxBytes = 48;

        public static string Validate(string? groupId) =>
            IdentifierText.Problem(groupId, "GroupId", MaxBytes, "Tencent GroupIds") is { } problem
                ? throw new ChatInputException("InvalidGroupId", problem, groupId)
                : groupId!;
    }
}
