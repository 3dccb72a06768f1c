using System.Diagnostics;

namespace TencentChat.Emulator.Faults;

/// <summary>
/// Per-command token buckets of N requests per second (capacity N, refilled continuously). Uses the monotonic
/// stopwatch rather than the injectable clock: tests freeze that clock for UserSig checks, and a frozen clock
/// must not freeze the limiter.
/// </summary>
internal sealed class RateLimiter
{
    private readonly int _perSecond;
    private readonly Dictionary<string, (double Tokens, long At)> _buckets = new(StringComparer.Ordinal);

    public RateLimiter(int perSecond) => _perSecond = perSecond;

    public bool TryAcquire(string command)
    {
        if (_perSecond <= 0) return true;
        long now = Stopwatch.GetTimestamp();
        lock (_buckets)
        {
            (double tokens, long at) = _buckets.TryGetValue(command, out var bucket) ? bucket : (_perSecond, now);
            tokens = Math.Min(_perSecond, tokens + Stopwatch.GetElapsedTime(at, now).TotalSeconds * _perSecond);
            bool allowed = tokens >= 1;
            _buckets[command] = (allowed ? tokens - 1 : tokens, now);
            return allowed;
        }
    }

    public void Clear()
    {
        lock (_buckets) _buckets.Clear();
    }
}
