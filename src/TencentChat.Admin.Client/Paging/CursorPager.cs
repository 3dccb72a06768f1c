using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Operations;

namespace TencentChat.Admin.Client.Paging
{
    /// <summary>
    /// What every pager of this API shares: one request per <see cref="NextPageAsync"/> call and never ahead of the
    /// caller (so a pipeline that stops early stops the requests too), CompleteFlag 1 ends it, and a cursor the server
    /// hands back a second time stops it with NonAdvancingCursor instead of looping for ever.
    /// </summary>
    /// <typeparam name="TCursor">The cursor sent back to the server; compared by value.</typeparam>
    /// <typeparam name="TItem">The output objects of one page.</typeparam>
    public abstract class CursorPager<TCursor, TItem>
    {
        private readonly HashSet<TCursor> _cursorsSeen = new HashSet<TCursor>();

        protected CursorPager(string account, TCursor firstCursor)
        {
            Account = AccountIds.Validate(account);
            Cursor = firstCursor;
            _cursorsSeen.Add(firstCursor);
        }

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
                if (!_cursorsSeen.Add(page.Next))
                    throw new ChatProtocolException("NonAdvancingCursor",
                        $"{Command} for '{Account}' returned a cursor it had returned before ({Describe(page.Next)}) without CompleteFlag 1; " +
                        $"stopped after page {PagesFetched} instead of looping.")
                    { Target = Account };
                Cursor = page.Next;
            }
            return page.Items;
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
