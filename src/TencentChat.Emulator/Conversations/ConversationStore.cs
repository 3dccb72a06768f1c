using System.Collections.Concurrent;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Conversations;

/// <summary>
/// The conversation family's part of the state: every user's lists and records, the interned peer ids, and the
/// group chats marked disbanded. A deleted account's lists and records go with it (account spec §3.3); other users'
/// conversations with it stay.
/// </summary>
internal sealed class ConversationStore : IFamilyState
{
    private readonly ConcurrentDictionary<string, ConversationUser> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _disbandedGroupChats = new(StringComparer.Ordinal);

    public PeerTable Peers { get; } = new();

    /// <summary>The user's data, created empty on first use: an imported account has an empty list.</summary>
    public ConversationUser User(string userId) => _users.GetOrAdd(userId, _ => new ConversationUser(Peers));

    public void DropUser(string userId) => _users.TryRemove(userId, out _);

    public void Disband(string groupId) => _disbandedGroupChats[groupId] = true;

    public bool IsDisbanded(string groupId) => _disbandedGroupChats.ContainsKey(groupId);

    public long ConversationCount => _users.Values.Sum(u => { lock (u.Gate) return (long)u.Conversations.Count; });
}
