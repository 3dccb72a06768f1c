using System;
using System.Collections.Generic;

namespace TencentChat.Admin.Client.Batching
{
    /// <summary>Items that go together (one owner account, or account and group), in input order.</summary>
    public sealed class KeyedBatch<TKey, TItem>
    {
        internal KeyedBatch(TKey key, IReadOnlyList<TItem> items)
        {
            Key = key;
            Items = items;
        }

        public TKey Key { get; }
        public IReadOnlyList<TItem> Items { get; }
    }

    /// <summary>
    /// Pipeline input to per-key batches: the one buffer behind every cmdlet that collects its input per owner account
    /// (or account and group). <see cref="Requests"/> cuts each key's items into requests of at most the command's
    /// limit and sends a batch as soon as it is full, so long inputs stream; <see cref="PerKey"/> holds everything
    /// until <see cref="Flush"/> and sends one batch per key, also for a key that got no items (New-ChatContactGroup
    /// creates a group without conversations). <see cref="Flush"/> sends what is left in the order the keys first
    /// appeared, so input that interleaves keys is still sent in as few requests as possible.
    /// </summary>
    public sealed class KeyedBatcher<TKey, TItem> where TKey : notnull
    {
        private readonly int _maxBatchSize;
        private readonly bool _keepsEmptyKeys;
        private readonly Action<KeyedBatch<TKey, TItem>> _send;
        private readonly Dictionary<TKey, List<TItem>> _pending = new Dictionary<TKey, List<TItem>>();
        private readonly List<TKey> _order = new List<TKey>();

        private KeyedBatcher(int maxBatchSize, bool keepsEmptyKeys, Action<KeyedBatch<TKey, TItem>> send)
        {
            if (maxBatchSize < 1) throw new ArgumentOutOfRangeException(nameof(maxBatchSize));
            _maxBatchSize = maxBatchSize;
            _keepsEmptyKeys = keepsEmptyKeys;
            _send = send ?? throw new ArgumentNullException(nameof(send));
        }

        /// <summary>Batches of 1 to <paramref name="maxBatchSize"/> items; a key without items sends nothing.</summary>
        public static KeyedBatcher<TKey, TItem> Requests(int maxBatchSize, Action<KeyedBatch<TKey, TItem>> send) =>
            new KeyedBatcher<TKey, TItem>(maxBatchSize, keepsEmptyKeys: false, send);

        /// <summary>One batch per key with all its items, sent by <see cref="Flush"/>, also when it has none.</summary>
        public static KeyedBatcher<TKey, TItem> PerKey(Action<KeyedBatch<TKey, TItem>> send) =>
            new KeyedBatcher<TKey, TItem>(int.MaxValue, keepsEmptyKeys: true, send);

        /// <summary>Adds <paramref name="items"/> under <paramref name="key"/>, sending each batch they fill.</summary>
        public void Add(TKey key, IEnumerable<TItem> items)
        {
            if (_keepsEmptyKeys) Pending(key);
            foreach (TItem item in items)
            {
                List<TItem> pending = Pending(key);
                pending.Add(item);
                if (pending.Count < _maxBatchSize) continue;
                _pending.Remove(key);
                _order.Remove(key);
                _send(new KeyedBatch<TKey, TItem>(key, pending));
            }
        }

        /// <summary>Sends everything not yet sent, key by key in order of first appearance.</summary>
        public void Flush()
        {
            var order = _order.ToArray();
            _order.Clear();
            foreach (TKey key in order)
            {
                var items = _pending[key];
                _pending.Remove(key);
                _send(new KeyedBatch<TKey, TItem>(key, items));
            }
        }

        private List<TItem> Pending(TKey key)
        {
            if (!_pending.TryGetValue(key, out var items))
            {
                items = new List<TItem>();
                _pending.Add(key, items);
                _order.Add(key);
            }
            return items;
        }
    }
}
