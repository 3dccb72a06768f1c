namespace TencentChat.Emulator.Hosting;

/// <summary>
/// The app edition the emulator plays, for the account rules that differ by edition (account spec §2, §3.3). The
/// codes are UNCONFIRMED where the spec says so: 71000 for a refused deletion, 70402 (or FailAccounts) for a blocked re-import.
/// </summary>
public enum EmulatorEdition
{
    /// <summary>The default: no account cap, deletion allowed, deleted IDs importable again at once.</summary>
    Unrestricted,
    /// <summary>The free/trial edition: at most 100 accounts (70398); deletion allowed, re-import allowed.</summary>
    Trial,
    /// <summary>A paid edition that has not lifted the console restriction: account_delete answers 71000.</summary>
    Pro,
    /// <summary>A paid edition that has lifted it: deletion allowed, but a deleted UserID cannot be imported again for 90 days.</summary>
    ProDeletionEnabled,
}

/// <summary>The editions' command-line names; the account family applies their rules.</summary>
public static class EmulatorEditions
{
    public static readonly IReadOnlyDictionary<string, EmulatorEdition> ByName = new Dictionary<string, EmulatorEdition>(StringComparer.Ordinal)
    {
        ["unrestricted"] = EmulatorEdition.Unrestricted,
        ["trial"] = EmulatorEdition.Trial,
        ["pro"] = EmulatorEdition.Pro,
        ["pro-deletion-enabled"] = EmulatorEdition.ProDeletionEnabled,
    };
}
