using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

internal static class ConversationOwner
{
    /// <summary>Reads From_Account and resolves it to its conversation data; 50001 when the user was never imported (spec §1.6).</summary>
    public static ConversationUser Owner(this CommandContext context, JsonFields body)
    {
        string account = body.Account("From_Account");
        return context.State.UserExists(account)
            ? context.State.Conversations.User(account)
            : throw new ApiException(ConversationCodes.UnknownAccount, $"From_Account '{account}' has not been imported into Chat.");
    }
}
