using System;
using System.Collections.Generic;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Pipeline conversations to per-account requests: each batch is sent as soon as it is full, the rest when the
    /// pipeline ends (<see cref="Flush"/>). Used by Search-ChatContactGroup, Set-ChatConversationMark and the member cmdlets.
    /// </summary>
    internal sealed class ConversationBatches
    {
        private readonly AccountBatcher<ConversationKey> _batcher;
        private readonly Action<AccountBatch<ConversationKey>> _send;

        public ConversationBatches(int maxBatchSize, Action<AccountBatch<ConversationKey>> send)
        {
            _batcher = new AccountBatcher<ConversationKey>(maxBatchSize);
            _send = send;
        }

        public void Add(string account, IEnumerable<ConversationKey> conversations)
        {
            foreach (ConversationKey key in conversations)
                if (_batcher.Add(account, key) is { } full)
                    _send(full);
        }

        public void Flush()
        {
            foreach (var batch in _batcher.Drain())
                _send(batch);
        }
    }
}
