using System.Collections.Concurrent;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Accounts;

/// <summary>The account family's part of the state: profile and online state per account, gone with the account (account spec §3.3).</summary>
internal sealed class AccountStore : IFamilyState
{
    private readonly ConcurrentDictionary<string, AccountUser> _users = new(StringComparer.Ordinal);
    private readonly ChatState _state;

    public AccountStore(ChatState state) => _state = state;

    /// <summary>The account's data (created on first use), or null when there is no such account.</summary>
    public AccountUser? Find(string userId) => _state.UserExists(userId) ? _users.GetOrAdd(userId, id => new AccountUser(id)) : null;

    public void DropUser(string userId) => _users.TryRemove(userId, out _);
}
