using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>
/// top (spec §2.9): OperationType 1 pins, 2 unpins the RecentContactItem conversations (Type + To_Account or GroupId,
/// get_list's spelling); get_list then reports TopFlag 1 or 0 and streams them accordingly. The answer is the bare
/// envelope. Pin and unpin are idempotent, and an item may repeat. The whole request is checked before anything
/// changes, and fails as a whole, since the answer has no per-item result to report one item in:
/// <list type="bullet">
/// <item>an item naming a conversation that is not in the user's list: 50002 (UNCONFIRMED). Skipping it would report
/// success for a change that did not happen, and pinning it would invent a conversation with no MsgTime.</item>
/// <item>more than 50 pinned conversations after the request: 50002, the spec's reading of the undocumented code
/// (UNCONFIRMED). A request that pins nothing new passes even over the limit.</item>
/// <item>more than 100 items: 51006, as mark_contact (UNCONFIRMED: the real per-request cap is undocumented); none: 50002.</item>
/// </list>
/// </summary>
internal sealed class TopCommand : ICommand
{
    private const long Pin = 1, Unpin = 2;

    public string Name => "top";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        ConversationUser owner = context.Owner(body);
        long operation = body.Integer("OperationType");
        if (operation is not (Pin or Unpin))
            throw ConversationCodes.Invalid($"OperationType must be 1 (pin) or 2 (unpin), not {operation}.");
        JsonElement array = ContactJson.ConversationArray(body, "RecentContactItem");
        if (array.GetArrayLength() == 0) throw ConversationCodes.Invalid("RecentContactItem must not be empty.");
        List<PeerRef> peers = body.Objects(array, "RecentContactItem").Select(item => PeerRef.Read(item, PeerRef.ListGroupKey)).ToList();

        PeerTable table = context.State.Conversations.Peers;
        lock (owner.Gate)
        {
            ConversationList list = owner.Conversations;
            var changes = new Dictionary<ConversationKey, Conversation>();
            for (int i = 0; i < peers.Count; i++)
            {
                if (peers[i].Find(table) is not ConversationKey key || !list.TryGet(key, out Conversation conversation))
                    throw ConversationCodes.Invalid($"RecentContactItem[{i}]: the user has no conversation with {Describe(peers[i])}.");
                if (conversation.Pinned != (operation == Pin)) changes[key] = conversation with { Pinned = operation == Pin };
            }
            if (operation == Pin && changes.Count > 0 && list.PinnedCount + changes.Count > ConversationLimits.PinnedPerUser)
                throw ConversationCodes.Invalid($"{list.PinnedCount + changes.Count} conversations would be pinned; the limit is {ConversationLimits.PinnedPerUser} per user.");

            foreach (Conversation conversation in changes.Values) list.Put(conversation);
            return new JsonObject();
        }
    }

    private static string Describe(PeerRef peer) =>
        peer.Kind == ConversationKind.C2C ? $"user '{peer.Peer}'" : $"group '{peer.Peer}'";
}
