using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Profiles;

/// <summary>The profile service and the codes only it answers (profile spec §4: 40001-40610).</summary>
internal static class ProfileCodes
{
    public const int DecodeFail = 40001;
    public const int ToAccountMissing = 40002;
    public const int AccountNotFound = 40003;
    public const int AdminRequired = 40004;
    public const int TagNotFound = 40009;
    public const int ValueTooLong = 40601;
    public const int InvalidValue = 40605;
    public const int WrongType = 40610;

    /// <summary>v4/profile: 40004 for a non-admin (spec §0: the public 60010 may come first, UNCONFIRMED), 40001 for any bad body or field.</summary>
    public static readonly ApiService Service = new("profile", AdminRequired, DecodeFail, new FieldCodes(DecodeFail, DecodeFail));
}
