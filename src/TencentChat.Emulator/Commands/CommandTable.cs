using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Commands;

/// <summary>
/// Every command the emulator serves: the eight recentcontact commands (recentcontact spec §2) and the account family
/// (account spec §1), each with its service and documented rate.
/// </summary>
internal static class CommandTable
{
    public static readonly IReadOnlyList<CommandEntry> Entries = new[]
    {
        CommandEntry.Of(ApiService.RecentContact, new GetListCommand()),
        CommandEntry.Of(ApiService.RecentContact, new DeleteCommand()),
        CommandEntry.Of(ApiService.RecentContact, new CreateContactGroupCommand()),
        CommandEntry.Of(ApiService.RecentContact, new UpdateContactGroupCommand()),
        CommandEntry.Of(ApiService.RecentContact, new DelContactGroupCommand()),
        CommandEntry.Of(ApiService.RecentContact, new MarkContactCommand()),
        CommandEntry.Of(ApiService.RecentContact, new SearchContactGroupCommand()),
        CommandEntry.Of(ApiService.RecentContact, new GetContactGroupCommand()),
        CommandEntry.Of(ApiService.LoginService, new AccountImportCommand()),
        CommandEntry.Of(ApiService.LoginService, new AccountCheckCommand(), ratePerSecond: 100),
        CommandEntry.Of(ApiService.LoginService, new MultiAccountImportCommand(), ratePerSecond: 100),
        CommandEntry.Of(ApiService.LoginService, new AccountDeleteCommand(), ratePerSecond: 100),
        CommandEntry.Of(ApiService.LoginService, new KickCommand()),
        CommandEntry.Of(ApiService.OpenIm, new QueryOnlineStatusCommand()),
        // The command's older name, which answered State; still named on the Online Status page (account spec §1).
        // Whether the service still answers it is UNCONFIRMED: served here as an alias, counted under its own name.
        new CommandEntry(ApiService.OpenIm, "querystate", new QueryOnlineStatusCommand(), CommandEntry.DefaultRate),
    };

    /// <summary>By <see cref="CommandEntry.Name"/> (unique across services).</summary>
    public static readonly IReadOnlyDictionary<string, CommandEntry> ByName = Entries.ToDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>By <see cref="CommandEntry.Path"/>; paths are case-sensitive, as the service's are.</summary>
    public static readonly IReadOnlyDictionary<string, CommandEntry> ByPath = Entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
}
