using System.Diagnostics;

namespace TencentChat.Emulator.Faults;

/// <summary>
/// Per-command token buckets (capacity = the command's limit, refilled continuously). A command's limit is the
/// configured rate, but never more than the command's documented rate, so <c>--rate-limit 200</c> gives every
/// command exactly its documented rate and a lower value slows every command down to it for tests. Uses the
/// monotonic stopwatch rather than the injectable clock: tests freeze that clock for UserSig checks, and a frozen
/// clock must not freeze the limiter.
/// </summary>
internal sealed class RateLimiter
{
    private readonly Dictionary<string, (double Tokens, long At)> _buckets = new(StringComparer.Ordinal);
    private volatile int _perSecond;

    public RateLimiter(int perSecond) => _perSecond = perSecond;

    /// <summary>The configured rate; 0 = off.</summary>
    public int PerSecond => _perSecond;

    /// <summary>A new configured rate, with full buckets, as if the emulator had started with it.</summary>
    public void SetRate(int perSecond)
    {
        lock (_buckets)
        {
            _perSecond = perSecond;
            _buckets.Clear();
        }
    }

    /// <summary>Requests per second allowed for a command documented at <paramref name="documentedRate"/>; 0 = no limit.</summary>
    public int LimitFor(int documentedRate) => _perSecond <= 0 ? 0 : Math.Min(_perSecond, documentedRate);

    public bool TryAcquire(string command, int documentedRate)
    {
        int limit = LimitFor(documentedRate);
        if (limit == 0) return true;
        long now = Stopwatch.GetTimestamp();
        lock (_buckets)
        {
            (double tokens, long at) = _buckets.TryGetValue(command, out var bucket) ? bucket : (limit, now);
            tokens = Math.Min(limit, tokens + Stopwatch.GetElapsedTime(at, now).TotalSeconds * limit);
            bool allowed = tokens >= 1;
            _buckets[command] = (allowed ? tokens - 1 : tokens, now);
            return allowed;
        }
    }
}
