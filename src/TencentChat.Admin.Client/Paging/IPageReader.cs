using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace TencentChat.Admin.Client.Paging
{
    /// <summary>Anything read page by page on demand: a cursor pager, or a listing made of two (the conversation family's EmptyConversationPager).</summary>
    public interface IPageReader<TItem>
    {
        bool IsComplete { get; }

        /// <summary>The next page's items; an empty list once <see cref="IsComplete"/>.</summary>
        Task<IReadOnlyList<TItem>> NextPageAsync(CancellationToken cancellationToken);
    }
}
