using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.FanOut
{
    /// <summary>
    /// Runs jobs for owner accounts, at most <see cref="ThrottleLimit"/> at a time and one at a time per account, and
    /// hands everything the jobs produce to ONE consumer thread (PowerShell's pipeline thread, the only one allowed to
    /// write), which calls <see cref="RunNext"/>. The one engine of the reads and the writes.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Reads are lazy: a job hands over a page with <see cref="AccountOutput.DeliverAsync"/> and waits until the consumer
    /// has written it before it asks for the next, so at most one page per job is ever fetched and not yet written: with
    /// N jobs a consumer that stops early has cost at most N requests more than the pages it wrote. The consumer starts a
    /// read only when a slot is free (<see cref="CanStart"/>).
    /// </para>
    /// <para>
    /// Writes are eager: a write job hands over its results with <see cref="AccountOutput.Post"/>, which does not wait for
    /// the consumer (the change is made; only writing its result is left), so the slot is free for the next request at
    /// once. The consumer queues writes without waiting for a slot as long as <see cref="CanQueue"/>: in
    /// <c>Get-ChatConversation | Set-ChatConversationMark</c> both cmdlets pump on the one pipeline thread, and a writer
    /// that waited for a slot would hold up the reader's deliveries, so the reader's requests would stall too.
    /// </para>
    /// <para>
    /// Order: a job's deliveries reach the consumer in the order it made them; those of different jobs interleave. Jobs
    /// for the same account run one after the other in the order they were started, so one account's requests go in
    /// input order and its results come out in input order. Jobs of one sequence (<see cref="StartInOrder"/>) run side by
    /// side, and their deliveries reach the consumer in the order the jobs were started: the account cmdlets' batches,
    /// whose output keeps the input's order whatever order the requests finish in.
    /// </para>
    /// <para>
    /// Failures: a job's exception is handed to the consumer's failure callback after that job's deliveries. A
    /// session-wide failure (<see cref="ChatAdminException.IsSessionWide"/>) or an unexpected exception stops everything
    /// at once: requests in flight are cancelled, no job starts any more, pages not yet written are dropped, and the
    /// failure is the next thing the consumer runs after the results of writes already made.
    /// </para>
    /// </remarks>
    public sealed class AccountFanOut : IDisposable
    {
        private readonly object _gate = new object();
        private readonly CancellationTokenSource _stop;
        private readonly Action<string, Exception> _reportFailure;
        private readonly LinkedList<Delivery> _deliveries = new LinkedList<Delivery>();
        private readonly List<Job> _waiting = new List<Job>();
        private readonly Dictionary<string, Sequence> _sequences = new Dictionary<string, Sequence>(StringComparer.Ordinal);
        private readonly HashSet<string> _busyAccounts = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _accountsSeen = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _unfinishedJobs = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly SemaphoreSlim _changed = new SemaphoreSlim(0);
        private int _running;
        private long _itemsWritten;
        private int _pagesWritten;

        /// <param name="throttleLimit">How many accounts may be in flight at once (at least 1).</param>
        /// <param name="reportFailure">Runs on the consumer thread with a job's account and exception.</param>
        /// <param name="cancellationToken">Cancels every job (Ctrl+C).</param>
        public AccountFanOut(int throttleLimit, Action<string, Exception> reportFailure, CancellationToken cancellationToken)
        {
            if (throttleLimit < 1) throw new ArgumentOutOfRangeException(nameof(throttleLimit));
            ThrottleLimit = throttleLimit;
            _reportFailure = reportFailure ?? throw new ArgumentNullException(nameof(reportFailure));
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        }

        public int ThrottleLimit { get; }

        /// <summary>
        /// How many jobs may wait for a slot before <see cref="CanQueue"/> says no: enough that a writer never waits while
        /// slots could be filled (even when many waiting jobs belong to accounts already running), few enough that choosing
        /// the next job stays cheap. A waiting job holds one request's worth of items that were already in memory.
        /// </summary>
        public const int QueueLimit = 1024;

        /// <summary>Accounts that were given a job.</summary>
        public int AccountsStarted
        {
            get { lock (_gate) return _accountsSeen.Count; }
        }

        /// <summary>Accounts all of whose jobs have finished, well or not.</summary>
        public int AccountsDone
        {
            get { lock (_gate) return _accountsSeen.Count - _unfinishedJobs.Count; }
        }

        /// <summary>Items of the pages the consumer has written.</summary>
        public long ItemsWritten => Interlocked.Read(ref _itemsWritten);

        public int PagesWritten => Volatile.Read(ref _pagesWritten);

        /// <summary>True while fewer than <see cref="ThrottleLimit"/> accounts are running or waiting to run.</summary>
        public bool CanStart
        {
            get { lock (_gate) return !_stop.IsCancellationRequested && _running + _waiting.Count < ThrottleLimit; }
        }

        /// <summary>True while fewer than <see cref="QueueLimit"/> jobs wait for a slot: a write may be queued without waiting.</summary>
        public bool CanQueue
        {
            get { lock (_gate) return !_stop.IsCancellationRequested && _waiting.Count < QueueLimit; }
        }

        /// <summary>True when something is ready for <see cref="RunNext"/> (not held back behind an earlier job of its sequence).</summary>
        public bool HasDelivery
        {
            get { lock (_gate) return FirstReady() != null; }
        }

        /// <summary>True when every job has finished and the consumer has run everything they handed over.</summary>
        public bool IsIdle
        {
            get { lock (_gate) return _running == 0 && _waiting.Count == 0 && _deliveries.Count == 0; }
        }

        /// <summary>
        /// Runs <paramref name="job"/> for <paramref name="account"/> on the thread pool, now or, while another job of the
        /// same account runs or <see cref="ThrottleLimit"/> are running, as soon as that allows. Ignored once stopped.
        /// </summary>
        public void Start(string account, Func<AccountOutput, CancellationToken, Task> job)
        {
            lock (_gate)
            {
                if (_stop.IsCancellationRequested) return;
                Enqueue(new Job(account, job, null, 0));
            }
        }

        /// <summary>
        /// Runs <paramref name="job"/> on the thread pool as soon as a slot is free, alongside the other jobs of
        /// <paramref name="sequence"/>; what it delivers (and its failure) reaches the consumer only after everything every
        /// job started before it in the same sequence delivered. Its account, for progress and the failure callback, is
        /// "<paramref name="sequence"/> N", N counting the sequence's jobs from 1. Ignored once stopped.
        /// </summary>
        public void StartInOrder(string sequence, Func<AccountOutput, CancellationToken, Task> job)
        {
            lock (_gate)
            {
                if (_stop.IsCancellationRequested) return;
                if (!_sequences.TryGetValue(sequence, out Sequence? order))
                    _sequences.Add(sequence, order = new Sequence());
                long ordinal = ++order.Started;
                var queued = new Job(sequence + " " + ordinal, job, order, ordinal);
                order.Unreleased.Add(ordinal, queued);
                Enqueue(queued);
            }
        }

        /// <summary>Under the lock: counts the job for its account and starts it when a slot allows.</summary>
        private void Enqueue(Job job)
        {
            _waiting.Add(job);
            _accountsSeen.Add(job.Account);
            _unfinishedJobs[job.Account] = _unfinishedJobs.TryGetValue(job.Account, out int unfinished) ? unfinished + 1 : 1;
            StartWaitingJobs();
        }

        /// <summary>
        /// Consumer thread only: runs the next page write or failure report a job handed over, waiting at most
        /// <paramref name="timeout"/> for one. Returns false when nothing came. An exception from the write (the
        /// pipeline stopped, a terminating error) cancels everything, as <see cref="Cancel"/> does, and propagates.
        /// </summary>
        public bool RunNext(TimeSpan timeout)
        {
            Delivery? next = TakeDelivery();
            if (next == null && _changed.Wait(timeout))
                next = TakeDelivery();
            if (next == null) return false;
            try
            {
                next.Write();
            }
            catch
            {
                // The consumer cannot go on (the pipeline stopped, a terminating error): neither can the jobs.
                Cancel();
                throw;
            }
            Interlocked.Add(ref _itemsWritten, next.ItemCount);
            if (next.IsPage) Interlocked.Increment(ref _pagesWritten);
            next.Consumed.TrySetResult(true);
            return true;
        }

        /// <summary>Cancels every request in flight and starts nothing more (the consumer stopped).</summary>
        public void Cancel()
        {
            lock (_gate) StopUnderLock();
        }

        public void Dispose()
        {
            lock (_gate)
            {
                StopUnderLock();
                _stop.Dispose();
            }
        }

        internal async Task DeliverAsync(Job job, int itemCount, Action write, CancellationToken cancellationToken)
        {
            var delivery = Hand(job, write, itemCount, posted: false, cancellationToken);
            using (cancellationToken.Register(() => delivery.Consumed.TrySetCanceled()))
                await delivery.Consumed.Task.ConfigureAwait(false);
        }

        internal void Post(Job job, int itemCount, Action write, CancellationToken cancellationToken) =>
            Hand(job, write, itemCount, posted: true, cancellationToken);

        private Delivery Hand(Job job, Action write, int itemCount, bool posted, CancellationToken cancellationToken)
        {
            var delivery = new Delivery(job, write, itemCount, isPage: true, posted);
            lock (_gate)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Queue(delivery);
            }
            _changed.Release();
            return delivery;
        }

        /// <summary>Under the lock: hands <paramref name="delivery"/> to the consumer (or holds it until its sequence gets there).</summary>
        private void Queue(Delivery delivery)
        {
            delivery.Job.Undelivered++;
            _deliveries.AddLast(delivery);
        }

        private Delivery? TakeDelivery()
        {
            lock (_gate)
            {
                var ready = FirstReady();
                if (ready == null) return null;
                _deliveries.Remove(ready);
                Delivered(ready);
                return ready.Value;
            }
        }

        /// <summary>Under the lock: the first delivery whose job is not held back behind an earlier job of its sequence.</summary>
        private LinkedListNode<Delivery>? FirstReady()
        {
            for (var node = _deliveries.First; node != null; node = node.Next)
                if (node.Value.Job.IsReleased) return node;
            return null;
        }

        /// <summary>Under the lock: <paramref name="node"/> left the queue; the next job of its sequence may be released.</summary>
        private static void Delivered(LinkedListNode<Delivery> node)
        {
            node.Value.Job.Undelivered--;
            node.Value.Job.Order?.Release();
        }

        /// <summary>Under the lock: starts waiting jobs in arrival order while slots are free, skipping accounts already running.</summary>
        private void StartWaitingJobs()
        {
            if (_stop.IsCancellationRequested) return;
            for (int i = 0; i < _waiting.Count && _running < ThrottleLimit; i++)
            {
                Job job = _waiting[i];
                if (!_busyAccounts.Add(job.Account)) continue;
                _waiting.RemoveAt(i--);
                _running++;
                CancellationToken token = _stop.Token;
                Task.Run(() => RunAsync(job, token));
            }
        }

        private async Task RunAsync(Job job, CancellationToken cancellationToken)
        {
            Exception? failure = null;
            try
            {
                await job.Work(new AccountOutput(this, job, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                failure = e;
            }
            Finish(job, failure);
        }

        private void Finish(Job job, Exception? failure)
        {
            bool stopAll = false;
            lock (_gate)
            {
                _running--;
                JobEnded(job);
                _busyAccounts.Remove(job.Account);
                if (failure != null && !_stop.IsCancellationRequested)
                {
                    stopAll = !(failure is ChatAdminException chat) || chat.IsSessionWide;
                    // The failure ends the command (stopAll): pages fetched and not written are dropped with the rest, and
                    // only the results of writes already made are still written, before the failure. Its report is queued
                    // before the stop, as posted, so the stop keeps it and keeps its job's place in its sequence: queued
                    // after, the stop would have moved the sequence past this ended job, and the report would never be
                    // written nor the fan-out ever idle (a single Test-ChatAccount with wrong credentials hung).
                    Queue(new Delivery(job, () => _reportFailure(job.Account, failure), 0, isPage: false, posted: stopAll));
                    if (stopAll) StopUnderLock();
                }
                job.Order?.Release();
                if (!stopAll) StartWaitingJobs();
            }
            _changed.Release();
        }

        /// <summary>
        /// Drops waiting jobs and unwritten pages and cancels the running jobs' requests. Under the lock, so that no job
        /// starts with a cancelled or disposed token; the cancellation callbacks (requests, timers, waits) never take it.
        /// </summary>
        private void StopUnderLock()
        {
            foreach (Job job in _waiting) JobEnded(job);
            _waiting.Clear();
            for (var node = _deliveries.First; node != null;)
            {
                var next = node.Next;
                if (!node.Value.Posted)
                {
                    node.Value.Consumed.TrySetCanceled();
                    _deliveries.Remove(node);
                    Delivered(node);
                }
                node = next;
            }
            // Jobs that will never run release the results of writes made by later jobs of their sequence.
            foreach (Sequence order in _sequences.Values) order.Release();
            if (!_stop.IsCancellationRequested) _stop.Cancel();
        }

        /// <summary>Under the lock: <paramref name="job"/> ran or will never run.</summary>
        private void JobEnded(Job job)
        {
            job.Ended = true;
            if (--_unfinishedJobs[job.Account] == 0) _unfinishedJobs.Remove(job.Account);
        }

        /// <summary>One job: its account, its work, and for <see cref="StartInOrder"/> its place in its sequence.</summary>
        internal sealed class Job
        {
            public Job(string account, Func<AccountOutput, CancellationToken, Task> work, Sequence? order, long ordinal)
            {
                Account = account;
                Work = work;
                Order = order;
                Ordinal = ordinal;
            }

            public string Account { get; }
            public Func<AccountOutput, CancellationToken, Task> Work { get; }
            public Sequence? Order { get; }
            public long Ordinal { get; }

            /// <summary>Finished, or dropped before it ran: it will hand over nothing more.</summary>
            public bool Ended { get; set; }

            /// <summary>Deliveries handed over and not yet taken by the consumer (or dropped).</summary>
            public int Undelivered { get; set; }

            /// <summary>Whether the consumer may take its deliveries now: always, unless an earlier job of its sequence still has some to give.</summary>
            public bool IsReleased => Order == null || Order.Released == Ordinal;
        }

        /// <summary>The jobs of one <see cref="StartInOrder"/> sequence, released to the consumer one by one in start order.</summary>
        internal sealed class Sequence
        {
            public long Started { get; set; }

            /// <summary>The job whose deliveries the consumer takes now.</summary>
            public long Released { get; private set; } = 1;

            /// <summary>Jobs from <see cref="Released"/> on, by ordinal.</summary>
            public Dictionary<long, Job> Unreleased { get; } = new Dictionary<long, Job>();

            /// <summary>Under the fan-out's lock: moves on past every job that has ended and whose deliveries are all taken.</summary>
            public void Release()
            {
                while (Unreleased.TryGetValue(Released, out Job? job) && job.Ended && job.Undelivered == 0)
                {
                    Unreleased.Remove(Released);
                    Released++;
                }
            }
        }

        private sealed class Delivery
        {
            public Delivery(Job job, Action write, int itemCount, bool isPage, bool posted)
            {
                Job = job;
                Write = write;
                ItemCount = itemCount;
                IsPage = isPage;
                Posted = posted;
            }

            public Job Job { get; }
            public Action Write { get; }
            public int ItemCount { get; }
            public bool IsPage { get; }

            /// <summary>The result of a change already made (<see cref="AccountOutput.Post"/>): kept when everything stops.</summary>
            public bool Posted { get; }
            public TaskCompletionSource<bool> Consumed { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>What a job of <see cref="AccountFanOut"/> hands its pages to.</summary>
    public sealed class AccountOutput
    {
        private readonly AccountFanOut _fanOut;
        private readonly AccountFanOut.Job _job;
        private readonly CancellationToken _cancellationToken;

        internal AccountOutput(AccountFanOut fanOut, AccountFanOut.Job job, CancellationToken cancellationToken)
        {
            _fanOut = fanOut;
            _job = job;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Hands <paramref name="write"/> (which writes one page of <paramref name="itemCount"/> items) to the consumer
        /// thread and completes once the consumer has run it, so the job asks for its next page only then.
        /// </summary>
        public Task DeliverAsync(int itemCount, Action write) => _fanOut.DeliverAsync(_job, itemCount, write, _cancellationToken);

        /// <summary>
        /// Hands <paramref name="write"/> (which writes the results of <paramref name="itemCount"/> items of a change
        /// already made) to the consumer thread without waiting for it, so the job's slot is free for the next request.
        /// Results of one account's jobs still reach the consumer in the order the jobs ran.
        /// </summary>
        public void Post(int itemCount, Action write) => _fanOut.Post(_job, itemCount, write, _cancellationToken);
    }
}
