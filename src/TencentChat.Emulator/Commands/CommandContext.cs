using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.State;

namespace TencentChat.Emulator.Commands;

/// <summary>What a command may use: the state, the configured page size, the edition whose account rules apply and the App admins.</summary>
internal sealed record CommandContext(ChatState State, int PageSize, EmulatorEdition Edition, IReadOnlyList<string> Administrators)
{
    /// <summary>Reads From_Account and resolves it; 50001 when the user was never imported (spec §1.6).</summary>
    public UserState Owner(JsonFields body)
    {
        string account = body.Account("From_Account");
        return State.FindUser(account) ?? throw new ApiException(ErrorCodes.UnknownAccount, $"From_Account '{account}' has not been imported into Chat.");
    }
}
