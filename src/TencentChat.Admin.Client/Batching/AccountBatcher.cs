using System;
using System.Collections.Generic;

namespace TencentChat.Admin.Client.Batching
{
    /// <summary>Items for one owner account, at most the command's per-request limit, in input order.</summary>
    public sealed class AccountBatch<T>
    {
        internal AccountBatch(string account, IReadOnlyList<T> items)
        {
            Account = account;
            Items = items;
        }

        public string Account { get; }
        public IReadOnlyList<T> Items { get; }
    }

    /// <summary>
    /// Groups pipeline input per owner account into requests of at most <c>maxBatchSize</c> items (300 for
    /// search_contact_group, 100 for mark_contact). A batch is released as soon as it is full, so long inputs
    /// stream; the rest come out of <see cref="Drain"/> in the order their accounts first appeared. Input that
    /// interleaves accounts is still sent in as few requests as possible.
    /// </summary>
    public sealed class AccountBatcher<T>
    {
        private readonly int _maxBatchSize;
        private readonly Dictionary<string, List<T>> _pending = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        private readonly List<string> _order = new List<string>();

        public AccountBatcher(int maxBatchSize)
        {
            if (maxBatchSize < 1) throw new ArgumentOutOfRangeException(nameof(maxBatchSize));
            _maxBatchSize = maxBatchSize;
        }

        /// <summary>Adds one item; returns the account's batch when this item filled it, else null.</summary>
        public AccountBatch<T>? Add(string account, T item)
        {
            if (!_pending.TryGetValue(account, out var items))
            {
                items = new List<T>();
                _pending.Add(account, items);
                _order.Add(account);
            }
            items.Add(item);
            if (items.Count < _maxBatchSize) return null;
            _pending.Remove(account);
            _order.Remove(account);
            return new AccountBatch<T>(account, items);
        }

        /// <summary>Everything not yet released, account by account in order of first appearance.</summary>
        public IEnumerable<AccountBatch<T>> Drain()
        {
            var order = _order.ToArray();
            _order.Clear();
            foreach (string account in order)
            {
                var items = _pending[account];
                _pending.Remove(account);
                yield return new AccountBatch<T>(account, items);
            }
        }
    }
}
