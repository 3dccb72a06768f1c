namespace TencentChat.Emulator.Commands;

/// <summary>The complete set of recentcontact commands (spec §2: there are exactly eight).</summary>
internal static class CommandTable
{
    public static readonly IReadOnlyDictionary<string, ICommand> ByName = new ICommand[]
    {
        new GetListCommand(),
        new DeleteCommand(),
        new CreateContactGroupCommand(),
        new UpdateContactGroupCommand(),
        new DelContactGroupCommand(),
        new MarkContactCommand(),
        new SearchContactGroupCommand(),
        new GetContactGroupCommand(),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);
}
