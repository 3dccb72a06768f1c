using System.Diagnostics;

namespace TencentChat.Emulator.Messages;

/// <summary>
/// batchsendmsg's 12,000 recipients per minute app-wide (message spec §1), as a sliding minute of recipients let
/// through. A setting (RecipientsPerMinute) changes it; 0 turns it off. Monotonic clock, as the core rate limiter's.
/// </summary>
internal sealed class RecipientBudget
{
    public const int Documented = 12000;

    private readonly Queue<(long At, int Count)> _spent = new();
    private int _inWindow;

    public int PerMinute { get; private set; } = Documented;

    public void Set(int perMinute)
    {
        lock (_spent)
        {
            PerMinute = perMinute;
            _spent.Clear();
            _inWindow = 0;
        }
    }

    public bool TryTake(int recipients)
    {
        lock (_spent)
        {
            if (PerMinute <= 0) return true;
            long now = Stopwatch.GetTimestamp();
            while (_spent.Count > 0 && Stopwatch.GetElapsedTime(_spent.Peek().At, now) >= TimeSpan.FromMinutes(1))
                _inWindow -= _spent.Dequeue().Count;
            if (_inWindow + recipients > PerMinute) return false;
            _spent.Enqueue((now, recipients));
            _inWindow += recipients;
            return true;
        }
    }
}
