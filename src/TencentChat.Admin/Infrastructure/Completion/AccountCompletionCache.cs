using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Infrastructure.Completion
{
    /// <summary>
    /// Values of one account for tab completion (its group names, its peers): one read request per session and account,
    /// reused for <see cref="Lifetime"/> so that pressing Tab again costs nothing, and bounded by <see cref="Timeout"/>
    /// so that a slow or failing server never holds the prompt. Completion is best effort: a failure (a closed session
    /// too) completes nothing and is remembered for the same lifetime, so a broken connection costs one wait, not one
    /// per Tab. An account the service answered for is one the session has seen (<see cref="SeenAccounts"/>).
    /// </summary>
    internal sealed class AccountCompletionCache
    {
        /// <summary>Short enough that a group or conversation made a moment ago shows up on the next Tab soon after.</summary>
        public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

        /// <summary>Longer than one healthy request (Tencent's own limit is 3 s), short enough to wait for at a prompt.</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(4);

        private sealed class Entry
        {
            public Entry(IReadOnlyList<string> values, DateTimeOffset fetchedAt)
            {
                Values = values;
                FetchedAt = fetchedAt;
            }

            public IReadOnlyList<string> Values { get; }
            public DateTimeOffset FetchedAt { get; }
        }

        private readonly Func<ChatSession, string, ChatLog, CancellationToken, Task<IReadOnlyList<string>>> _fetch;

        // Keyed weakly by session, so a disconnected session takes its cached values with it.
        private readonly ConditionalWeakTable<ChatSession, ConcurrentDictionary<string, Entry>> _bySession =
            new ConditionalWeakTable<ChatSession, ConcurrentDictionary<string, Entry>>();

        /// <param name="fetch">Reads the values with one read request; a ChatAdminException means none can be had.</param>
        public AccountCompletionCache(Func<ChatSession, string, ChatLog, CancellationToken, Task<IReadOnlyList<string>>> fetch) =>
            _fetch = fetch;

        /// <summary><paramref name="account"/>'s values in the server's order; empty when they cannot be had.</summary>
        public IReadOnlyList<string> Values(ChatSession session, string account)
        {
            var entries = _bySession.GetValue(session, _ => new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));
            DateTimeOffset now = session.Clock();
            if (entries.TryGetValue(account, out Entry? cached) && now - cached.FetchedAt < Lifetime)
                return cached.Values;
            IReadOnlyList<string> values = Fetch(session, account);
            entries[account] = new Entry(values, now);
            return values;
        }

        private IReadOnlyList<string> Fetch(ChatSession session, string account)
        {
            using (var timeout = new CancellationTokenSource(Timeout))
            {
                try
                {
                    // Completion has no stream to write a log to: keep no Verbose or Debug line (warnings are dropped with the log).
                    var log = new ChatLog(session.Redactor, verbose: false, debug: false);
                    IReadOnlyList<string> values = Task.Run(() => _fetch(session, account, log, timeout.Token)).GetAwaiter().GetResult();
                    SeenAccounts.Add(session, account);
                    return values;
                }
                catch (ChatAdminException)
                {
                    return new string[0];
                }
                catch (OperationCanceledException)
                {
                    return new string[0];
                }
            }
        }
    }
}
