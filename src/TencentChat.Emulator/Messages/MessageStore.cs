using System.Text.Json;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Messages;

/// <summary>
/// The one-to-one message family's state: one history per unordered pair of accounts, kept in §6's order, each user's
/// read-up-to times, and the de-duplication tables of sends (120 s) and imports (per pair, for ever). One lock: the
/// emulator's message traffic is small next to a real service's.
/// </summary>
internal sealed class MessageStore : IFamilyState
{
    private readonly Dictionary<(string, string), List<StoredMessage>> _pairs = new();
    private readonly Dictionary<string, HashSet<string>> _peersOf = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Reader, string Peer), long> _readUpTo = new();
    private readonly Dictionary<(string From, uint Seq, uint Random, string Content), (long At, System.Text.Json.Nodes.JsonObject Answer)> _sent = new();

    public object Gate { get; } = new();

    /// <summary>batchsendmsg's recipients per minute (POST /_emulator/messages).</summary>
    public RecipientBudget Budget { get; } = new();

    /// <summary>admin_getroammsg's test hooks (POST /_emulator/messages).</summary>
    public MessageSettings Settings { get; } = new();

    private static (string, string) PairOf(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    public IReadOnlyList<StoredMessage> History(string a, string b) =>
        _pairs.TryGetValue(PairOf(a, b), out var list) ? list : Array.Empty<StoredMessage>();

    /// <summary>Stores <paramref name="message"/> in its pair's history, in order (most arrive last, so the search starts at the end).</summary>
    public void Add(StoredMessage message)
    {
        var pair = PairOf(message.From, message.To);
        if (!_pairs.TryGetValue(pair, out var list)) _pairs[pair] = list = new List<StoredMessage>();
        Peers(message.From).Add(message.To);
        Peers(message.To).Add(message.From);
        int at = list.Count;
        while (at > 0 && StoredMessage.Compare(list[at - 1], message) > 0) at--;
        list.Insert(at, message);
    }

    /// <summary>Every stored message of [<paramref name="start"/>, <paramref name="end"/>), all pairs, in time order: an hour's chat log (§3.10).</summary>
    public List<StoredMessage> Between(long start, long end) =>
        _pairs.Values.SelectMany(list => list.Where(m => m.Time >= start && m.Time < end)).OrderBy(m => m, Comparer<StoredMessage>.Create(StoredMessage.Compare)).ToList();

    /// <summary>get_history's files by URL name: the gzip bytes and the Unix time the URL expires.</summary>
    public Dictionary<string, (byte[] Gzip, long ExpiresAt)> Archives { get; } = new(StringComparer.Ordinal);

    private HashSet<string> Peers(string user) =>
        _peersOf.TryGetValue(user, out var peers) ? peers : _peersOf[user] = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>importmsg's de-duplication (§2.1): MsgSeq + MsgRandom + MsgTimeStamp within the pair, whatever the direction and content.</summary>
    public bool HasImport(string a, string b, uint seq, uint random, long time) =>
        History(a, b).Any(m => m.Seq == seq && m.Random == random && m.Time == time);

    public StoredMessage? Find(string from, string to, string key) =>
        History(from, to).FirstOrDefault(m => m.From == from && m.To == to && m.Key == key);

    /// <summary>A live send's earlier answer for the same sender, MsgSeq, MsgRandom and content within 120 s (§2.1), or null.</summary>
    public System.Text.Json.Nodes.JsonObject? SentBefore((string, uint, uint, string) key, long now) =>
        _sent.TryGetValue(key, out var seen) && now - seen.At <= 120 ? seen.Answer.DeepClone().AsObject() : null;

    public void RememberSend((string, uint, uint, string) key, long now, System.Text.Json.Nodes.JsonObject answer) => _sent[key] = (now, answer.DeepClone().AsObject());

    public void SetRead(string reader, string peer, long upTo) => _readUpTo[(reader, peer)] = upTo;

    /// <summary>Unread messages of <paramref name="reader"/> from <paramref name="peer"/>: counted ones after its read-up-to time.</summary>
    public long Unread(string reader, string peer)
    {
        long readUpTo = _readUpTo.TryGetValue((reader, peer), out long t) ? t : long.MinValue;
        return History(reader, peer).Count(m => m.To == reader && m.From == peer && m.CountsUnread && m.Time > readUpTo);
    }

    public long TotalUnread(string reader) =>
        _peersOf.TryGetValue(reader, out var peers) ? peers.Sum(peer => Unread(reader, peer)) : 0;

    /// <summary>A deleted account's own view goes: its read state and its conversations' histories as only it held them; the peers' views stay (the spec's "a deleted user's messages stay in their partners' history").</summary>
    public void DropUser(string userId)
    {
        lock (Gate)
        {
            foreach (var key in _readUpTo.Keys.Where(k => k.Reader == userId).ToList()) _readUpTo.Remove(key);
            foreach (var key in _sent.Keys.Where(k => k.From == userId).ToList()) _sent.Remove(key);
            if (!_peersOf.Remove(userId, out var peers)) return;
            foreach (string peer in peers)
            {
                // The pair's messages stay for the peer, hidden from a re-imported account of the same UserID.
                var pair = PairOf(userId, peer);
                var kept = _pairs[pair].Select(m => m.HiddenFor == peer ? null : Hidden(m, userId)).Where(m => m != null).Cast<StoredMessage>().ToList();
                if (kept.Count == 0) { _pairs.Remove(pair); Peers(peer).Remove(userId); }
                else _pairs[pair] = kept;
            }
        }
    }

    private static StoredMessage Hidden(StoredMessage m, string userId) => m.HiddenFor == userId ? m : new StoredMessage
    {
        From = m.From, To = m.To, Seq = m.Seq, Random = m.Random, Time = m.Time, Body = m.Body, CloudCustomData = m.CloudCustomData,
        FlagBits = m.FlagBits, IsPeerRead = m.IsPeerRead, CountsUnread = m.CountsUnread, HiddenFor = userId,
    };
}
