using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>
/// delete (spec §2.2): removes one conversation from the recent-contact list. Its group/mark record is kept
/// (that data is independent of the list, spec §3.7). Deleting a conversation that is not in the list succeeds
/// (UNCONFIRMED; delete is idempotent here, so a retried delete does not fail).
/// </summary>
internal sealed class DeleteCommand : ICommand
{
    public string Name => "delete";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        ConversationUser owner = context.Owner(body);
        PeerRef peer = PeerRef.Read(body, PeerRef.DeleteGroupKey);
        // ClearRamble defaults to 0 (UNCONFIRMED); the emulator keeps no message history, so it is only validated.
        long clearRamble = body.OptionalInteger("ClearRamble") ?? 0;
        if (clearRamble is not (0 or 1)) throw ConversationCodes.Invalid($"ClearRamble must be 0 or 1, not {clearRamble}.");

        if (peer.Find(context.State.Conversations.Peers) is ConversationKey key)
        {
            lock (owner.Gate) owner.Conversations.Remove(key);
        }
        return new JsonObject();
    }
}
