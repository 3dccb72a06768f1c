using System.Collections;
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
