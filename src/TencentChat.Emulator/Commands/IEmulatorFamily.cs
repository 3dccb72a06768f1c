using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Commands;

/// <summary>
/// One API family (a v4 service or a few related ones): its commands, its control operations and its part of the
/// state. The composition root lists the families; the core knows them only through this interface.
/// </summary>
internal interface IEmulatorFamily
{
    /// <summary>Adds the family's commands and control operations; once per emulator, before it serves.</summary>
    void Register(FamilyRegistry registry);

    /// <summary>Gives a new state the family's part (<see cref="ChatState.Attach"/>); at start and on every reset.</summary>
    void Attach(ChatState state);
}
