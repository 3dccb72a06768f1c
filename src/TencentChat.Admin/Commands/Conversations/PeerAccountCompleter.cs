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
    /// Completes -PeerAccount with the C2C peers of the -Account already on the command line (<see cref="PeerAccountCache"/>),
    /// through the -Session on the command line or the runspace's default session. No session or no account: no
    /// completions, and no file names either (a completer's empty answer keeps PowerShell from offering paths).
    /// </summary>
    public sealed class PeerAccountCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            ChatSession? session = CompletionContext.Session(fakeBoundParameters);
            string? account = CompletionContext.Account(fakeBoundParameters);
            if (session == null || account == null)
                return Enumerable.Empty<CompletionResult>();
            return CompletionMatches.Of(PeerAccountCache.Peers(session, account), wordToComplete);
        }
    }
}
