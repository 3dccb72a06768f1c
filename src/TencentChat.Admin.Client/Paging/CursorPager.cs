using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Paging
{
    /// <summary>
    /// What every pager of this API shares: one request per <see cref="NextPageAsync"/> call and never ahead of the
    /// caller (so a pipeline that stops early stops the requests too), CompleteFlag 1 ends it, and a cursor the server
    /// hands back a second time stops it with NonAdvancingCursor instead of looping for ever.
    /// </summary>
    /// <remarks>
    /// The loop guard holds a fixed number of cursors, however many pages a listing has. Why that is enough:
    /// <list type="bullet">
    /// <item>In a working listing no cursor comes twice. The spec (§3.1) makes cursors opaque values to echo back,
    /// and both readings of them move forward on every page that is not the last: a snapshot time plus an offset
    /// (the emulator's model, from the §2.1 sample) adds the page's items to the offset; a keyset (last MsgTime,
    /// ties) moves back in time or up in ties; get_contact_group's NextStartIndex points past the page. So any
    /// repeat is a server fault, and the guard never stops a working listing, however few cursors it keeps.</item>
    /// <item>A faulty server that hands back an earlier cursor, with the list unchanged, answers it as it did
    /// before, so from then on the cursors go round a cycle. A cycle of up to <see cref="RecentWindow"/> pages
    /// is caught at its first repeat by the window of recent cursors. A longer one is caught by a checkpoint
    /// cursor that moves to the newest cursor after 16, 32, 64, … pages (Brent's cycle detection): once the
    /// checkpoint is inside the cycle and its span has reached the cycle's length, the cycle comes back to it,
    /// so the pager stops within a small multiple of (pages before the cycle + cycle length), never later.</item>
    /// </list>
    /// </remarks>
    /// <typeparam name="TCursor">The cursor sent back to the server; compared by value.</typeparam>
    /// <typeparam name="TItem">The output objects of one page.</typeparam>
    public abstract class CursorPager<TCursor, TItem> : IPageReader<TItem>
    {
        /// <summary>Cycles up to this many pages long are caught at their first repeat.</summary>
        internal const int RecentWindow = 16;

        private static readonly IEqualityComparer<TCursor> Same = EqualityComparer<TCursor>.Default;
        private readonly TCursor[] _recent = new TCursor[RecentWindow];
        private int _recentCount;
        private int _recentNext;
        private TCursor _checkpoint;
        private long _pagesSinceCheckpoint;
        private long _checkpointSpan = RecentWindow;

        protected CursorPager(string account, TCursor firstCursor) : this(new Subject(AccountIds.Validate(account)), firstCursor)
        {
        }

        /// <summary>
        /// For a listing that belongs to no account (the app's groups, a group's members): the subject names it in messages
        /// and targets (<see cref="Account"/>); the caller has checked it.
        /// </summary>
        protected CursorPager(Subject subject, TCursor firstCursor)
        {
            Account = subject.Name;
            Cursor = firstCursor;
            _checkpoint = firstCursor;
            Remember(firstCursor);
        }

        /// <summary>What an account-less listing is of, e.g. a checked GroupId.</summary>
        protected readonly struct Subject
        {
            public Subject(string name) => Name = name;

            public string Name { get; }
        }

        /// <summary>Whose listing this is: the account, or for an account-less listing its subject (a GroupId, "the app").</summary>
        public string Account { get; }
        public bool IsComplete { get; private set; }
        public int PagesFetched { get; private set; }

        /// <summary>The cursor the next request sends.</summary>
        protected TCursor Cursor { get; private set; }

        /// <summary>The next page's items; an empty list once <see cref="IsComplete"/>.</summary>
        public async Task<IReadOnlyList<TItem>> NextPageAsync(CancellationToken cancellationToken)
        {
            if (IsComplete) return new TItem[0];

            Page page = await FetchAsync(cancellationToken).ConfigureAwait(false);
            PagesFetched++;
            if (page.Complete)
            {
                IsComplete = true;
            }
            else
            {
                if (!IsNew(page.Next))
                    throw new ChatProtocolException("NonAdvancingCursor",
                        $"{Command} for '{Account}' returned a cursor it had returned before ({Describe(page.Next)}) without CompleteFlag 1; " +
                        $"stopped after page {PagesFetched} instead of looping.")
                    { Target = Account };
                Cursor = page.Next;
            }
            return page.Items;
        }

        /// <summary>False when <paramref name="next"/> repeats a recent cursor or the checkpoint; remembers it otherwise.</summary>
        private bool IsNew(TCursor next)
        {
            if (Same.Equals(next, _checkpoint)) return false;
            for (int i = 0; i < _recentCount; i++)
                if (Same.Equals(next, _recent[i])) return false;
            Remember(next);
            if (++_pagesSinceCheckpoint == _checkpointSpan)
            {
                _checkpoint = next;
                _pagesSinceCheckpoint = 0;
                _checkpointSpan *= 2;
            }
            return true;
        }

        private void Remember(TCursor cursor)
        {
            _recent[_recentNext] = cursor;
            _recentNext = (_recentNext + 1) % RecentWindow;
            if (_recentCount < RecentWindow) _recentCount++;
        }

        /// <summary>The API command, for messages.</summary>
        protected abstract string Command { get; }

        /// <summary>Sends one request with <see cref="Cursor"/> and maps its answer.</summary>
        protected abstract Task<Page> FetchAsync(CancellationToken cancellationToken);

        /// <summary>The cursor in the wire's own field names, for the NonAdvancingCursor message.</summary>
        protected abstract string Describe(TCursor cursor);

        protected sealed class Page
        {
            public Page(IReadOnlyList<TItem> items, bool complete, TCursor next)
            {
                Items = items;
                Complete = complete;
                Next = next;
            }

            public IReadOnlyList<TItem> Items { get; }
            public bool Complete { get; }
            public TCursor Next { get; }
        }
    }
}
