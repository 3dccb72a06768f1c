using System.Text.Json.Nodes;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Friends;

/// <summary>One row of an owner's friend table (profile-sns spec §2.2): a one-way friendship; two-way is two rows.</summary>
internal sealed class FriendRow
{
    public string? Remark { get; set; }
    public List<string> Groups { get; } = new();
    public string AddSource { get; set; } = "";
    public string? AddWording { get; set; }
    public long AddTime { get; set; }
    public Dictionary<string, JsonNode> Custom { get; } = new(StringComparer.Ordinal);
}

/// <summary>What the relationship family keeps for one user: friends, pending requests sent, blocklist, friend lists, sequences.</summary>
internal sealed class FriendUser
{
    public OrderedDictionary<string, FriendRow> Friends { get; } = new(StringComparer.Ordinal);

    /// <summary>Friend requests this user sent that wait for the target's confirmation (AllowType NeedConfirm).</summary>
    public HashSet<string> Pending { get; } = new(StringComparer.Ordinal);

    /// <summary>Blocked users with the Unix seconds they were blocked at, in blocking order.</summary>
    public OrderedDictionary<string, long> Blocked { get; } = new(StringComparer.Ordinal);

    /// <summary>The user's friend lists (Tag_SNS_IM_Group values), in creation order.</summary>
    public List<string> Lists { get; } = new();

    public long StandardSequence { get; set; }
    public long CustomSequence { get; set; }
    public long BlockSequence { get; set; }
    public long ListSequence { get; set; }
}

/// <summary>
/// The relationship family's part of the state. Two-way operations touch two users, so one lock guards it all
/// (<see cref="Gate"/>). Deleting an account drops its tables and every other user's row, pending request and block
/// naming it (account spec §3.3: the relationship chain goes with the account).
/// </summary>
internal sealed class FriendStore : IFamilyState
{
    private readonly Dictionary<string, FriendUser> _users = new(StringComparer.Ordinal);

    public object Gate { get; } = new();

    /// <summary>Under <see cref="Gate"/>: the user's data, created empty on first use.</summary>
    public FriendUser User(string userId)
    {
        if (!_users.TryGetValue(userId, out FriendUser? user)) _users[userId] = user = new FriendUser();
        return user;
    }

    public void DropUser(string userId)
    {
        lock (Gate)
        {
            _users.Remove(userId);
            foreach (FriendUser other in _users.Values)
            {
                if (other.Friends.Remove(userId)) other.StandardSequence++;
                other.Pending.Remove(userId);
                if (other.Blocked.Remove(userId)) other.BlockSequence++;
            }
        }
    }
}
