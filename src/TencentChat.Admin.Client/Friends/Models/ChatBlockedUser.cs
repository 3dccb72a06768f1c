using System;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>One entry of a user's blocklist (black_list_get): Account blocked User at AddTime.</summary>
    public sealed class ChatBlockedUser
    {
        public string Account { get; set; } = string.Empty;
        public string User { get; set; } = string.Empty;

        /// <summary>AddBlackTimeStamp: when the user was blocked.</summary>
        public DateTimeOffset? AddTime { get; set; }

        /// <summary><see cref="AddTime"/> as ISO 8601 text in UTC.</summary>
        public string? AddTimeIso => IsoTime.Of(AddTime);

        public override string ToString() => Account + " -> " + User;
    }
}
