using System;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One row of a user's friend table (friend_get): Account has Friend as a friend (a two-way friendship is two rows).
    /// Every property binds Add-ChatFriend -Import by name, so <c>Get-ChatFriend | Export-Csv</c> and
    /// <c>Import-Csv | Add-ChatFriend -Import</c> restore a user's friends with their data; Groups is written "a;b" and
    /// CustomJson carries the custom friend fields through a CSV.
    /// </summary>
    public sealed class ChatFriend
    {
        /// <summary>The owner of the friend table.</summary>
        public string Account { get; set; } = string.Empty;

        public string Friend { get; set; } = string.Empty;

        /// <summary>Tag_SNS_IM_Remark: the owner's name for the friend, at most 96 bytes.</summary>
        public string? Remark { get; set; }

        /// <summary>Tag_SNS_IM_Group: the owner's friend lists the friend is in.</summary>
        public ChatValueList<string> Groups { get; set; } = ChatValueList<string>.Empty;

        /// <summary>Tag_SNS_IM_AddSource without its prefix: Android for AddSource_Type_Android.</summary>
        public string? AddSource { get; set; }

        /// <summary>Tag_SNS_IM_AddWording: the message sent with the friend request.</summary>
        public string? AddWording { get; set; }

        /// <summary>Tag_SNS_IM_AddTime: when the friendship was made.</summary>
        public DateTimeOffset? AddTime { get; set; }

        /// <summary><see cref="AddTime"/> as ISO 8601 text in UTC, the same under every culture.</summary>
        public string? AddTimeIso => IsoTime.Of(AddTime);

        /// <summary>The custom friend fields (Tag_SNS_Custom_*), by keyword without the prefix.</summary>
        public ChatCustomValues Custom { get; set; } = ChatCustomValues.Empty;

        /// <summary>Custom as JSON text (empty when there are none): the form a CSV cell carries.</summary>
        public string CustomJson
        {
            get => Custom.ToString();
            set => Custom = ChatCustomValues.Parse(value, nameof(CustomJson));
        }

        public override string ToString() => Account + " -> " + Friend;
    }
}
