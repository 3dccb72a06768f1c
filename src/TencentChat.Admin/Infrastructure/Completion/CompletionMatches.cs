using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace TencentChat.Admin.Infrastructure.Completion
{
    /// <summary>Turns candidate values into completion results for what the user has typed so far.</summary>
    internal static class CompletionMatches
    {
        /// <summary>
        /// The candidates that start with <paramref name="wordToComplete"/> (case-insensitive, as PowerShell completes),
        /// in the candidates' order, each quoted when PowerShell would not read it as one bare word.
        /// </summary>
        public static IEnumerable<CompletionResult> Of(IEnumerable<string> candidates, string? wordToComplete)
        {
            string prefix = Unquoted(wordToComplete ?? string.Empty);
            foreach (string candidate in candidates)
            {
                if (candidate.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    yield return new CompletionResult(Quoted(candidate), candidate, CompletionResultType.ParameterValue, candidate);
            }
        }

        /// <summary>The value as it must be typed: bare when it is one plain word, otherwise in single quotes.</summary>
        public static string Quoted(string value)
        {
            bool bare = value.Length > 0 && value[0] != '-';
            foreach (char c in value)
                bare &= char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
            return bare ? value : "'" + CodeGeneration.EscapeSingleQuotedStringContent(value) + "'";
        }

        private static string Unquoted(string word)
        {
            if (word.Length > 0 && (word[0] == '\'' || word[0] == '"'))
                word = word.Substring(1);
            if (word.Length > 0 && (word[word.Length - 1] == '\'' || word[word.Length - 1] == '"'))
                word = word.Substring(0, word.Length - 1);
            return word;
        }
    }
}
