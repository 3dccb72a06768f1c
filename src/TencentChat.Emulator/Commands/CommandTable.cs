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
        CommandEntry.Of(ApiService.LoginService, new AccountCheckCommand(), ratePerSecond: 100),
        CommandEntry.Of(ApiService.LoginService, new MultiAccountImportCommand(), ratePerSecond: 100),
    };

    /// <summary>By <see cref="CommandEntry.Name"/> (unique across services).</summary>
    public static readonly IReadOnlyDictionary<string, CommandEntry> ByName = Entries.ToDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>By <see cref="CommandEntry.Path"/>; paths are case-sensitive, as the service's are.</summary>
    public static readonly IReadOnlyDictionary<string, CommandEntry> ByPath = Entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
}
