using TencentChat.Emulator.Hosting;

namespace TencentChat.Emulator.Accounts;

/// <summary>The account rules that differ by edition (account spec §2, §3.3).</summary>
internal static class EditionRules
{
    /// <summary>The most accounts the app may hold, or null for no cap.</summary>
    public static int? AccountCap(this EmulatorEdition edition) => edition == EmulatorEdition.Trial ? AccountLimits.TrialAccountCap : null;

    public static bool AllowsDeletion(this EmulatorEdition edition) => edition != EmulatorEdition.Pro;

    public static bool BlocksReimport(this EmulatorEdition edition) => edition == EmulatorEdition.ProDeletionEnabled;
}
