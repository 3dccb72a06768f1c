namespace TencentChat.Emulator.Accounts;

/// <summary>The documented limits of the account family (account spec §1, §2).</summary>
internal static class AccountLimits
{
    /// <summary>UTF-8 bytes; the charset is not enforced (UNCONFIRMED, account spec §2).</summary>
    public const int UserIdBytes = 32;
    /// <summary>Nick and FaceUrl, UTF-8 bytes.</summary>
    public const int ProfileValueBytes = 500;
    /// <summary>multiaccount_import, account_delete and account_check.</summary>
    public const int AccountsPerBatch = 100;
    public const int AccountsPerStatusQuery = 500;
    /// <summary>The free edition's account cap (70398).</summary>
    public const int TrialAccountCap = 100;
    /// <summary>"Other editions refuse re-import for 3 months" (account spec §3.3), read as 90 days.</summary>
    public static readonly TimeSpan ReimportBlock = TimeSpan.FromDays(90);
}
