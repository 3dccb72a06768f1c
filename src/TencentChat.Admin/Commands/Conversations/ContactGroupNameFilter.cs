using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// A -Name / -ContactGroupName filter with wildcards; no filter matches every group. Names compare case-insensitively,
    /// as PowerShell's wildcards do everywhere (<c>'group_0001' -like 'GROUP_*'</c>); the groups written carry their exact
    /// names, which is what the writes that they pipe into need.
    /// </summary>
    internal sealed class ContactGroupNameFilter
    {
        private readonly List<(string Text, WildcardPattern Pattern)>? _patterns;

        public ContactGroupNameFilter(string[]? names)
        {
            _patterns = names?.Select(n => (n, new WildcardPattern(n, WildcardOptions.IgnoreCase))).ToList();
        }

        public bool IsEmpty => _patterns == null;

        public bool Matches(string name) => _patterns == null || _patterns.Any(p => p.Pattern.IsMatch(name));

        /// <summary>
        /// The names without wildcards that match none of <paramref name="groups"/>, as ContactGroupNotFound errors
        /// (a wildcard that matches nothing is not an error, as with Get-Item).
        /// </summary>
        public IEnumerable<ChatInputException> Unmatched(string account, IReadOnlyList<ChatContactGroup> groups)
        {
            foreach (var (text, pattern) in _patterns ?? new List<(string, WildcardPattern)>())
                if (!WildcardPattern.ContainsWildcardCharacters(text) && !groups.Any(g => pattern.IsMatch(g.Name)))
                    yield return ContactGroupNames.NotFound(account, text);
        }
    }
}
