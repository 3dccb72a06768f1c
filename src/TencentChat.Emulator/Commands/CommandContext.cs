using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Commands;

/// <summary>What a command may use: the state, the configured page size, the edition whose account rules apply and the App admins.</summary>
internal sealed record CommandContext(ChatState State, int PageSize, EmulatorEdition Edition, IReadOnlyList<string> Administrators);
