
namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// One account's profile (portrait_get), or what Set-ChatUserProfile set for it. A tag the account never set (or
    /// that was not asked for) is null. Choices read as Tencent's value without its prefix: Gender Unknown, Female or
    /// Male; AllowType NeedConfirm, AllowAny or DenyAny; AdminForbidType None or SendOut. Every property but Custom
    /// binds Set-ChatUserProfile by name, so <c>Get-ChatUserProfile | Export-Csv</c> and <c>Import-Csv | Set-ChatUserProfile</c>
    /// restore profiles exactly: CustomJson carries the custom tags through the CSV.
    /// </summary>
    public sealed class ChatUserProfile
    {
        public string Account { get; set; } = string.Empty;

        /// <summary>Tag_Profile_IM_Nick: the nickname, at most 500 bytes.</summary>
        public string? Nick { get; set; }

        /// <summary>Tag_Profile_IM_Gender: Unknown, Female or Male.</summary>
        public string? Gender { get; set; }

        /// <summary>Tag_Profile_IM_BirthDay: a number, suggested yyyymmdd (20190419).</summary>
        public uint? BirthDay { get; set; }

        /// <summary>Tag_Profile_IM_Location: at most 16 bytes, app-defined.</summary>
        public string? Location { get; set; }

        /// <summary>Tag_Profile_IM_SelfSignature: at most 500 bytes.</summary>
        public string? SelfSignature { get; set; }

        /// <summary>Tag_Profile_IM_AllowType: how friend requests to this account are handled: NeedConfirm, AllowAny or DenyAny.</summary>
        public string? AllowType { get; set; }

        /// <summary>Tag_Profile_IM_Language: an app-defined number.</summary>
        public uint? Language { get; set; }

        /// <summary>Tag_Profile_IM_Image: the avatar URL, at most 500 bytes.</summary>
        public string? FaceUrl { get; set; }

        /// <summary>Tag_Profile_IM_MsgSettings: bit 0 set = the account refuses messages.</summary>
        public uint? MessageSettings { get; set; }

        /// <summary>Tag_Profile_IM_AdminForbidType: None, or SendOut (the account may not send friend requests).</summary>
        public string? AdminForbidType { get; set; }

        /// <summary>Tag_Profile_IM_Level: an app-defined number.</summary>
        public uint? Level { get; set; }

        /// <summary>Tag_Profile_IM_Role: an app-defined number.</summary>
        public uint? Role { get; set; }

        /// <summary>The custom tags (Tag_Profile_Custom_*), by keyword without the prefix: <c>$profile.Custom.Test</c>.</summary>
        public ChatCustomValues Custom { get; set; } = ChatCustomValues.Empty;

        /// <summary>Custom as JSON text, <c>{"Test":"value"}</c> (empty when there are none): the form a CSV cell carries.</summary>
        public string CustomJson
        {
            get => Custom.ToString();
            set => Custom = ChatCustomValues.Parse(value, nameof(CustomJson));
        }

        /// <summary>Why reading or setting this account failed, for the cmdlet's error record; internal, so it never renders or exports.</summary>
        internal Errors.ChatAdminException? Failure { get; set; }

        /// <summary>The prompt and error target text: the UserID.</summary>
        public override string ToString() => Account;
    }
}
