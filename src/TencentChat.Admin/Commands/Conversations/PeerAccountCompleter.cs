using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
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
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionContext.ForAccount(fakeBoundParameters, wordToComplete, PeerAccountCache.Peers);
    }
}
