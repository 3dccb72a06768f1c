using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// A user's conversation group names for tab completion: one get_contact_group request per session and account,
    /// reused for <see cref="Lifetime"/> so that pressing Tab again costs nothing, and bounded by <see cref="Timeout"/>
    /// so that a slow or failing server never holds the prompt. Completion is best effort: a failure completes nothing
    /// and is remembered for the same lifetime, so a broken connection costs one wait, not one per Tab.
    /// </summary>
    internal static class ContactGroupNameCache
    {
        /// <summary>Short enough that a group created or renamed a moment ago shows up on the next Tab soon after.</summary>
        public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

        /// <summary>Longer than one healthy request (Tencent's own limit is 3 s), short enough to wait for at a prompt.</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(4);

        private sealed class Entry
        {
            public Entry(IReadOnlyList<string> names, DateTimeOffset fetchedAt)
            {
                Names = names;
                FetchedAt = fetchedAt;
            }

            public IReadOnlyList<string> Names { get; }
            public DateTimeOffset FetchedAt { get; }
        }

        // Keyed weakly by session, so a disconnected session takes its cached names with it.
        private static readonly ConditionalWeakTable<ChatSession, ConcurrentDictionary<string, Entry>> BySession =
            new ConditionalWeakTable<ChatSession, ConcurrentDictionary<string, Entry>>();

        /// <summary>The names of <paramref name="account"/>'s groups in the server's order; empty when they cannot be had.</summary>
        public static IReadOnlyList<string> GroupNames(ChatSession session, string account)
        {
            var entries = BySession.GetValue(session, _ => new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));
            DateTimeOffset now = session.Clock();
            if (entries.TryGetValue(account, out Entry? cached) && now - cached.FetchedAt < Lifetime)
                return cached.Names;
            IReadOnlyList<string> names = Fetch(session, account);
            entries[account] = new Entry(names, now);
            return names;
        }

        private static IReadOnlyList<string> Fetch(ChatSession session, string account)
        {
            using (var timeout = new CancellationTokenSource(Timeout))
            {
                try
                {
                    // Completion has no stream to write a log to: keep no Verbose or Debug line (warnings are dropped with the log).
                    var log = new ChatLog(session.Redactor, verbose: false, debug: false);
                    IReadOnlyList<ChatContactGroup> groups = Task.Run(() => ContactGroupPager.GetGroupsAsync(session, account, log, timeout.Token))
                        .GetAwaiter().GetResult();
                    var names = new string[groups.Count];
                    for (int i = 0; i < names.Length; i++) names[i] = groups[i].Name;
                    return names;
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
