using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Commands;

/// <summary>
/// What a command may use: the state, the configured page size, the edition whose account rules apply, the App admins,
/// the SDKAppID and the origin the request came to (e.g. http://127.0.0.1:41234), for the download URLs a command answers.
/// </summary>
internal sealed record CommandContext(ChatState State, int PageSize, EmulatorEdition Edition, IReadOnlyList<string> Administrators,
    long SdkAppId = 0, string Origin = "");
