using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using TencentChat.Admin.Client.Connection;

namespace TencentChat.Admin.Infrastructure.Completion
{
    /// <summary>
    /// Completes -Account and -UserId with the UserIDs the session has already seen (<see cref="SeenAccounts"/>), through
    /// the -Session on the command line or the runspace's default session. It sends nothing: no request lists an app's
    /// accounts. No session, or nothing seen yet: no completions, and no file names either.
    /// </summary>
    public sealed class AccountCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            ChatSession? session = CompletionContext.Session(fakeBoundParameters);
            return session == null ? Enumerable.Empty<CompletionResult>() : CompletionMatches.Of(SeenAccounts.Of(session), wordToComplete);
        }
    }
}
