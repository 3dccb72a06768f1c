using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
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
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionContext.ForAccount(fakeBoundParameters, wordToComplete, ContactGroupNameCache.GroupNames);
    }
}
