using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace TencentChat.Admin.Commands
{
    /// <summary>Completes -Type with the REST type names and the console's Work and Meeting.</summary>
    public sealed class GroupTypeCompleter : IArgumentCompleter
    {
        private static readonly string[] Names = { "Private", "Public", "ChatRoom", "AVChatRoom", "Community", "Work", "Meeting" };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Names.Where(n => n.StartsWith(wordToComplete.Trim('\'', '"'), System.StringComparison.OrdinalIgnoreCase))
                .Select(n => new CompletionResult(n, n, CompletionResultType.ParameterValue, n));
    }
}
