using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure.Completion;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Completes a standard mark name: Star, Unread, Fold, Hide, App32…App63, without the marks already named in -Set or
    /// -Clear on the command line (a mark is set or cleared once, and never both: ConflictingMarks).
    /// </summary>
    public sealed class MarkNameCompleter : IArgumentCompleter
    {
        private static readonly string[] MarkParameters = { "Set", "Clear" };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            HashSet<string> given = GivenMarks(commandAst);
            // The word being completed is on the command line too: "-Set Star,Hide<Tab>" still offers Hide.
            given.Remove(wordToComplete.Trim('\'', '"'));
            return CompletionMatches.Of(StandardMarks.KnownNames.Where(name => !given.Contains(name)), wordToComplete);
        }

        private static HashSet<string> GivenMarks(CommandAst command)
        {
            var given = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var elements = command.CommandElements;
            for (int i = 0; i < elements.Count; i++)
            {
                if (!(elements[i] is CommandParameterAst parameter)
                    || !MarkParameters.Any(name => name.StartsWith(parameter.ParameterName, StringComparison.OrdinalIgnoreCase)))
                    continue;
                // -Set:Star,Hide carries its argument; -Set Star,Hide has it as the next element.
                Ast? argument = parameter.Argument ?? (i + 1 < elements.Count && !(elements[i + 1] is CommandParameterAst) ? elements[i + 1] : null);
                if (argument == null) continue;
                foreach (Ast value in argument.FindAll(ast => ast is StringConstantExpressionAst, searchNestedScriptBlocks: false))
                    given.Add(((StringConstantExpressionAst)value).Value);
            }
            return given;
        }
    }
}
