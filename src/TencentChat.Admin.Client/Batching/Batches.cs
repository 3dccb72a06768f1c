using System.Collections.Generic;

namespace TencentChat.Admin.Client.Batching
{
    /// <summary>
    /// A list that is already in hand, cut into requests of at most a command's limit, in order. It runs
    /// <see cref="KeyedBatcher{TKey,TItem}"/> with a single key, so the module has one rule for cutting items into requests.
    /// </summary>
    internal static class Batches
    {
        public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IEnumerable<T> items, int maxBatchSize)
        {
            var batches = new List<IReadOnlyList<T>>();
            var batcher = KeyedBatcher<int, T>.Requests(maxBatchSize, batch => batches.Add(batch.Items));
            batcher.Add(0, items);
            batcher.Flush();
            return batches;
        }
    }
}
