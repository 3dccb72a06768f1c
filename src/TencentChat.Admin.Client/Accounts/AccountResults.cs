using System;
using System.Collections.Generic;

namespace TencentChat.Admin.Client.Accounts
{
    /// <summary>
    /// The per-account results of an account batch (account_check, account_delete, query_online_status), paired with
    /// the UserIDs that were sent. Results are matched by UserID rather than position, since Tencent documents no order for
    /// query_online_status; a UserID sent twice gets its results in order, and the last one again if it got fewer
    /// results than it was sent.
    /// </summary>
    internal sealed class AccountResults<T> where T : class
    {
        private readonly Dictionary<string, Queue<T>> _byUserId = new Dictionary<string, Queue<T>>(StringComparer.Ordinal);
        private readonly Dictionary<string, T> _last = new Dictionary<string, T>(StringComparer.Ordinal);

        public AccountResults(IEnumerable<T>? results, Func<T, string?> userIdOf)
        {
            foreach (T result in results ?? new T[0])
            {
                string? userId = userIdOf(result);
                if (userId == null) continue;
                if (!_byUserId.TryGetValue(userId, out var queue)) _byUserId[userId] = queue = new Queue<T>();
                queue.Enqueue(result);
            }
        }

        /// <summary>The next result for <paramref name="userId"/>, or null when the answer has none.</summary>
        public T? Take(string userId)
        {
            if (_byUserId.TryGetValue(userId, out var queue) && queue.Count > 0)
                return _last[userId] = queue.Dequeue();
            return _last.TryGetValue(userId, out var last) ? last : null;
        }
    }
}
