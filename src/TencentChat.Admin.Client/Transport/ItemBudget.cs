using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// A budget of items (recipients, say) per sliding window, beside a command's calls per second: batchsendmsg may
    /// reach at most 12,000 recipients per minute app-wide, however few calls carry them. A request is let through only
    /// when the items of the requests let through in the last window, plus its own, fit the budget, so no window,
    /// wherever it starts, holds more. Waiters go first come, first served, and only the head of the queue sleeps.
    /// One per command per session (<see cref="SlidingWindowRateLimiter"/>), shared by every runspace using the session.
    /// </summary>
    internal sealed class ItemBudget
    {
        private readonly SemaphoreSlim _turn = new SemaphoreSlim(1, 1);
        private readonly Queue<(long At, int Items)> _spent = new Queue<(long At, int Items)>();
        private readonly long _windowTicks;
        private int _inWindow;

        public ItemBudget(int capacity, TimeSpan window)
        {
            Capacity = Math.Max(1, capacity);
            // Items are counted when let through, before the request waits for its place in the calls' window and a
            // connection, so they reach the server later: under load (M1, docs/performance.md) 25 ms, the calls' guard,
            // was too little, and the server counted a few batches inside its minute. A second on a minute costs 1.7%.
            _windowTicks = (long)Math.Ceiling(Stopwatch.Frequency * (window + Guard).TotalSeconds);
        }

        public int Capacity { get; }

        /// <summary>How much longer than its window an item stays counted.</summary>
        internal static readonly TimeSpan Guard = TimeSpan.FromSeconds(1);

        /// <summary>Waits until <paramref name="items"/> fit the window (a request larger than the whole budget waits for an empty window).</summary>
        public async Task AcquireAsync(int items, CancellationToken cancellationToken)
        {
            int wanted = Math.Min(items, Capacity);
            await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                while (true)
                {
                    long now = Stopwatch.GetTimestamp();
                    while (_spent.Count > 0 && _spent.Peek().At + _windowTicks <= now)
                        _inWindow -= _spent.Dequeue().Items;
                    if (_inWindow + wanted <= Capacity)
                    {
                        _spent.Enqueue((now, items));
                        _inWindow += items;
                        return;
                    }
                    long wait = _spent.Peek().At + _windowTicks - now;
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling(wait * 1000.0 / Stopwatch.Frequency))), cancellationToken)
                        .ConfigureAwait(false);
                }
            }
            finally
            {
                _turn.Release();
            }
        }
    }
}
