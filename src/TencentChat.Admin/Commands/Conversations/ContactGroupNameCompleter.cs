using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using TencentChat.Admin.Client.Connection;

using TencentChat.Admin.Infrastructure.Completion;

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
            ChatSession? session = CompletionContext.Session(fakeBoundParameters);
            string? account = CompletionContext.Account(fakeBoundParameters);
            if (session == null || account == null)
                return Enumerable.Empty<CompletionResult>();
            return CompletionMatches.Of(ContactGroupNameCache.GroupNames(session, account), wordToComplete);
        }
    }
}
