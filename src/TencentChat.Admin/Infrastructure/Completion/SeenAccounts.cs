using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using TencentChat.Admin.Client.Connection;

namespace TencentChat.Admin.Infrastructure.Completion
{
    /// <summary>
    /// The UserIDs a session has seen the service answer for or name: accounts whose conversations or groups were read,
    /// and the C2C peers of the conversation pages read for completion. -Account and -UserId complete from these because
    /// no request lists an app's accounts. Bounded, so a session that reads a million accounts keeps the latest.
    /// </summary>
    internal static class SeenAccounts
    {
        /// <summary>Enough for any prompt; the oldest go first beyond it.</summary>
        public const int Capacity = 1000;

        private sealed class Accounts
        {
            public readonly LinkedList<string> Order = new LinkedList<string>();
            public readonly Dictionary<string, LinkedListNode<string>> Nodes = new Dictionary<string, LinkedListNode<string>>(StringComparer.Ordinal);
        }

        private static readonly ConditionalWeakTable<ChatSession, Accounts> BySession = new ConditionalWeakTable<ChatSession, Accounts>();

        public static void Add(ChatSession session, string account) => Add(session, new[] { account });

        public static void Add(ChatSession session, IEnumerable<string> accounts)
        {
            Accounts seen = BySession.GetValue(session, _ => new Accounts());
            lock (seen)
            {
                foreach (string account in accounts)
                {
                    if (string.IsNullOrEmpty(account)) continue;
                    if (seen.Nodes.TryGetValue(account, out LinkedListNode<string>? known))
                        seen.Order.Remove(known);
                    seen.Nodes[account] = seen.Order.AddLast(account);
                    if (seen.Order.Count > Capacity)
                    {
                        seen.Nodes.Remove(seen.Order.First!.Value);
                        seen.Order.RemoveFirst();
                    }
                }
            }
        }

        /// <summary>The session's accounts in alphabetical order, as a list of UserIDs is read at a prompt.</summary>
        public static IReadOnlyList<string> Of(ChatSession session)
        {
            if (!BySession.TryGetValue(session, out Accounts? seen)) return new string[0];
            lock (seen)
            {
                var accounts = new List<string>(seen.Order);
                accounts.Sort(StringComparer.Ordinal);
                return accounts;
            }
        }
    }
}
