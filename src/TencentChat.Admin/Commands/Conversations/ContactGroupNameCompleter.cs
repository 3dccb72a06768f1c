using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Completion;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Completes a conversation group name with the groups of the -Account already on the command line, through the
    /// -Session on the command line or the runspace's default session. No session or no account: no completions.
    /// </summary>
    public sealed class ContactGroupNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            ChatSession? session = BoundValue(fakeBoundParameters, "Session") as ChatSession ?? SessionRegistry.Get();
            if (session == null || !(BoundValue(fakeBoundParameters, "Account") is string account) || account.Length == 0)
                return Enumerable.Empty<CompletionResult>();
            return CompletionMatches.Of(ContactGroupNameCache.GroupNames(session, account), wordToComplete);
        }

        private static object? BoundValue(IDictionary boundParameters, string name)
        {
            object? value = boundParameters.Contains(name) ? boundParameters[name] : null;
            return value is PSObject wrapped ? wrapped.BaseObject : value;
        }
    }
}
