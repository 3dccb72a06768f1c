using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// Client-side limit of N calls per second per command, held in every sliding window: a request is let through only
    /// when the request N places before it was let through at least one second (plus <see cref="SendGuard"/>) earlier,
    /// so no one-second window, wherever it starts, holds more than N, at the client or at the wire. One instance per
    /// session, shared by every thread and runspace that uses the session.
    /// </summary>
    /// <remarks>
    /// Each command has its own window (budgets are per command, as Tencent's limits are), and N is the session's rate
    /// (-RateLimit) or the command's documented rate (<see cref="ChatCommand.DocumentedRatePerSecond"/>: 100/s for
    /// account_check, account_delete and multiaccount_import), whichever is lower; a -RateLimit above the standard 200/s
    /// raises every command in proportion (<see cref="RateOf"/>). So the default 200/s keeps every command at its
    /// documented limit, and a lower -RateLimit slows every command down to it.
    /// </remarks>
    /// <remarks>
    /// Waiters queue in order on a semaphore and only the head of the queue sleeps, on a timer, until its turn: waiting
    /// costs no CPU however many tasks wait (the token bucket this replaced woke every waiter every few milliseconds,
    /// and its one-second burst let 399 requests through in one sliding second against 200/s).
    /// System.Threading.RateLimiting is not used: it is not part of the runtime PowerShell 7 loads (it ships with
    /// ASP.NET Core's shared framework, not Microsoft.NETCore.App), so the module would have to load its own copy on
    /// every PowerShell, and its auto-replenishing limiters add a fixed amount per timer tick, so a late tick followed by
    /// a prompt one lets a window exceed the limit.
    /// </remarks>
    internal sealed class SlidingWindowRateLimiter
    {
        private readonly double _ratePerSecond;
        private readonly ConcurrentDictionary<string, Window> _windows = new ConcurrentDictionary<string, Window>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ItemBudget> _budgets = new ConcurrentDictionary<string, ItemBudget>(StringComparer.Ordinal);
        private readonly TimeSpan _itemWindow;

        /// <param name="ratePerSecond">Calls per second per command; 0 turns the limit off. Below 1, one call per 1/rate seconds.</param>
        /// <param name="itemWindow">
        /// The window of the per-minute item budgets: one minute, or shorter for a test or benchmark that keeps to the same
        /// budget per window without waiting minutes (the budget then holds per that window).
        /// </param>
        public SlidingWindowRateLimiter(double ratePerSecond, TimeSpan? itemWindow = null)
        {
            _ratePerSecond = Math.Max(0, ratePerSecond);
            _itemWindow = itemWindow ?? TimeSpan.FromMinutes(1);
        }

        /// <summary>
        /// How much longer than the nominal window a slot stays taken. A request is counted when it is let through, but it
        /// reaches the wire a little later: microseconds usually, up to several milliseconds on a busy machine (measured by
        /// the P4 benchmark, docs/performance.md). Without this guard, two late sends in one second and a prompt one a
        /// second later put 201 or 202 into one sliding second at the wire; the guard costs at most 2.5% of the
        /// throughput of a command that runs at its limit.
        /// </summary>
        internal static readonly TimeSpan SendGuard = TimeSpan.FromMilliseconds(25);

        public bool Enabled => _ratePerSecond > 0;

        /// <summary>
        /// Waits until a request for <paramref name="command"/> may go; the caller calls <see cref="Slot.Sending"/> on what
        /// this returns just before the request goes out, so the window counts it from then.
        /// </summary>
        public async ValueTask<Slot> AcquireAsync(ChatCommand command, CancellationToken cancellationToken, int items = 0)
        {
            if (!Enabled) return default;
            // The item budget first: a request that waits for it must not hold a place in the calls' window meanwhile.
            if (items > 0 && command.ItemsPerMinute is int perMinute)
                await _budgets.GetOrAdd(command.Path, _ => new ItemBudget(ItemBudgetOf(perMinute), _itemWindow))
                    .AcquireAsync(items, cancellationToken).ConfigureAwait(false);
            // Looked up before GetOrAdd so that the usual call, for a command that has its window, allocates no factory closure.
            if (!_windows.TryGetValue(command.Path, out Window? window))
                window = _windows.GetOrAdd(command.Path, _ => Window.For(RateOf(command)));
            return new Slot(window, await window.AcquireAsync(cancellationToken).ConfigureAwait(false));
        }

        /// <summary>
        /// One request's place in its command's window. It is taken when the request is let through, and moved to the
        /// moment the request is handed to HTTP (<see cref="Sending"/>): what lies between (the URL, the UserSig, the first
        /// request's start-up work, 100 ms and more on a cold process) must not shorten the gap the next requests keep.
        /// </summary>
        internal readonly struct Slot
        {
            private readonly Window? _window;
            private readonly int _index;

            internal Slot(Window window, int index)
            {
                _window = window;
                _index = index;
            }

            public void Sending() => _window?.Sending(_index);
        }

        /// <summary>
        /// A command's calls per second: up to the standard 200/s, the lower of -RateLimit and its documented rate; above
        /// it (an app whose limits Tencent raised), the documented rate raised in the same proportion, so a command
        /// documented at half the standard rate keeps half of -RateLimit and none is held below what the app bought.
        /// </summary>
        internal double RateOf(ChatCommand command) =>
            _ratePerSecond <= ChatCommand.StandardRatePerSecond
                ? Math.Min(_ratePerSecond, command.DocumentedRatePerSecond)
                : _ratePerSecond * command.DocumentedRatePerSecond / ChatCommand.StandardRatePerSecond;

        /// <summary>
        /// A command's items per window: its documented budget, raised in proportion when -RateLimit is above the standard
        /// 200/s (an app whose limits Tencent raised, as for the calls); a lower -RateLimit slows the calls, which carry the items.
        /// </summary>
        internal int ItemBudgetOf(int documentedPerMinute) =>
            _ratePerSecond <= ChatCommand.StandardRatePerSecond
                ? documentedPerMinute
                : (int)Math.Min(int.MaxValue, Math.Floor((double)documentedPerMinute * _ratePerSecond / ChatCommand.StandardRatePerSecond));

        /// <summary>The times of the last N requests of one command, oldest next, and the queue of requests waiting for their turn.</summary>
        internal sealed class Window
        {
            private readonly SemaphoreSlim _turn = new SemaphoreSlim(1, 1);
            private readonly long[] _sent;
            private readonly long _windowTicks;
            private int _oldest;

            public static Window For(double ratePerSecond) =>
                // A fractional rate above 1 rounds down: 150.5/s allows 150 in any second, never 151.
                new Window(Math.Max(1, (int)Math.Floor(ratePerSecond)),
                    (long)Math.Ceiling(Stopwatch.Frequency * (Math.Max(1.0, 1.0 / ratePerSecond) + SendGuard.TotalSeconds)));

            private Window(int permits, long windowTicks)
            {
                _windowTicks = windowTicks;
                _sent = new long[permits];
                long longAgo = Stopwatch.GetTimestamp() - windowTicks;
                for (int i = 0; i < _sent.Length; i++) _sent[i] = longAgo;
            }

            /// <summary>Waits for the oldest slot to leave the window, takes it and returns its index.</summary>
            public async ValueTask<int> AcquireAsync(CancellationToken cancellationToken)
            {
                // SemaphoreSlim serves asynchronous waiters first come, first served.
                await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    long now;
                    // Timers may fire a little early (Windows' 15.6 ms tick), and a slot's time moves when its request is
                    // sent (Sending), hence the check again after each sleep.
                    while ((now = Stopwatch.GetTimestamp()) < Volatile.Read(ref _sent[_oldest]) + _windowTicks)
                        await Task.Delay(CeilingMilliseconds(Volatile.Read(ref _sent[_oldest]) + _windowTicks - now), cancellationToken).ConfigureAwait(false);
                    int taken = _oldest;
                    Volatile.Write(ref _sent[taken], now);
                    _oldest = (_oldest + 1) % _sent.Length;
                    return taken;
                }
                finally
                {
                    _turn.Release();
                }
            }

            /// <summary>Moves slot <paramref name="index"/> to now, never back (the slot may have been taken again since).</summary>
            public void Sending(int index)
            {
                long now = Stopwatch.GetTimestamp();
                long seen = Volatile.Read(ref _sent[index]);
                while (seen < now)
                {
                    long found = Interlocked.CompareExchange(ref _sent[index], now, seen);
                    if (found == seen) return;
                    seen = found;
                }
            }

            private static TimeSpan CeilingMilliseconds(long stopwatchTicks) =>
                TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling(stopwatchTicks * 1000.0 / Stopwatch.Frequency)));
        }
    }
}
