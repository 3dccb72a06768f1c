using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Infrastructure.Completion
{
    /// <summary>What a completer reads from the command line being completed.</summary>
    internal static class CompletionContext
    {
        /// <summary>The -Session on the command line, else the runspace's default session; null when there is none.</summary>
        public static ChatSession? Session(IDictionary fakeBoundParameters) =>
            BoundValue(fakeBoundParameters, "Session") as ChatSession ?? SessionRegistry.Get();

        /// <summary>
        /// What a completer of a per-account value offers: <paramref name="valuesOf"/> for the -Account and session on the
        /// command line, matched against <paramref name="wordToComplete"/>; nothing without a session or an account (and,
        /// as for any completer's empty answer, no file names either).
        /// </summary>
        public static IEnumerable<CompletionResult> ForAccount(IDictionary fakeBoundParameters, string wordToComplete,
            Func<ChatSession, string, IEnumerable<string>> valuesOf)
        {
            ChatSession? session = Session(fakeBoundParameters);
            string? account = Account(fakeBoundParameters);
            return session == null || account == null
                ? Enumerable.Empty<CompletionResult>()
                : CompletionMatches.Of(valuesOf(session, account), wordToComplete);
        }

        /// <summary>The -Account already on the command line when it is one non-empty UserID; null otherwise.</summary>
        public static string? Account(IDictionary fakeBoundParameters) =>
            BoundValue(fakeBoundParameters, "Account") is string account && account.Length > 0 ? account : null;

        private static object? BoundValue(IDictionary boundParameters, string name)
        {
            object? value = boundParameters.Contains(name) ? boundParameters[name] : null;
            return value is PSObject wrapped ? wrapped.BaseObject : value;
        }
    }
}
