using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Profiles
{
    /// <summary>
    /// The profile family's Tencent codes (profile spec §4, 40001-40610) and its own ErrorIds. 40005 (sensitive words),
    /// 40006 (internal error) and 40601 (value over 500 bytes) are common codes (Errors/ChatErrorCatalog.cs): the
    /// account family meets them too, through account_import's Nick and FaceUrl. The ErrorIds raised before a request
    /// match the codes Tencent would answer.
    /// </summary>
    internal static class ProfileErrors
    {
        public static void Register(ChatErrorCodes codes)
        {
            codes.Also("InvalidParameter", 40001, 40002);
            codes.Also("AccountNotFound", 40003);
            codes.Also("AdminPermissionRequired", 40004);
            codes.Add("ProfileTagPermissionDenied", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "The custom profile tag is not readable (40007) or writable (40008) by the app admin: change its permissions in the Chat console's custom profile fields.",
                40007, 40008);
            codes.Add("UndeclaredCustomTag", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "Declare the custom tag in the Chat console (Feature Configuration, custom user profile fields; it takes about 5 minutes), " +
                "or correct its name; Set-ChatUserProfile -DeclaredCustomTag lists the declared ones so mistakes are caught before sending.",
                40009);
            codes.Add("InvalidProfileTagValue", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "Give each tag a value of its kind: Gender Unknown, Female or Male; AllowType NeedConfirm, AllowAny or DenyAny; AdminForbidType None or SendOut; " +
                "BirthDay, Language, MessageSettings, Level and Role whole numbers from 0 to 4294967295; Location at most 16 bytes.",
                40605, 40610);
            codes.Advice("InvalidProfileTag",
                "Name tags as Get-ChatUserProfile's properties (Nick, Gender, BirthDay, Location, SelfSignature, AllowType, Language, FaceUrl, " +
                "MessageSettings, AdminForbidType, Level, Role), Tencent's Tag_Profile_IM_* names, or custom tags by keyword of 1 to 8 letters.");
            codes.Advice("NoProfileValues", "Give at least one profile value (-Nick, -Gender, ..., -Custom); an empty value or CSV cell is not sent.");
        }
    }
}
