using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Completion
{
    /// <summary>Completes a standard mark name: Star, Unread, Fold, Hide, App32…App63.</summary>
    public sealed class MarkNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionMatches.Of(StandardMarks.KnownNames, wordToComplete);
    }
}
