using System;
using System.Collections.Generic;
using System.Linq;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// The writes that take one conversation from its current state (a search_contact_group record) to a
    /// <see cref="DesiredConversationState"/>: mark bits to set and to clear, the custom mark to replace, the
    /// conversation groups to join and to leave, and whether to pin or unpin it. Parts the desired state leaves out contribute nothing.
    /// </summary>
    public sealed class ConversationStateDiff
    {
        private static readonly IReadOnlyList<int> NoBits = new int[0];
        private static readonly IReadOnlyList<string> NoNames = new string[0];

        private ConversationStateDiff(IReadOnlyList<int> setBits, IReadOnlyList<int> clearBits, string? customMark,
            IReadOnlyList<string> addTo, IReadOnlyList<string> removeFrom, bool? pin)
        {
            Pin = pin;
            SetBits = setBits;
            ClearBits = clearBits;
            CustomMark = customMark;
            AddTo = addTo;
            RemoveFrom = removeFrom;
        }

        public IReadOnlyList<int> SetBits { get; }
        public IReadOnlyList<int> ClearBits { get; }

        /// <summary>The custom mark to write ("" clears it, UNCONFIRMED, spec §2.6); null when it is already as asked.</summary>
        public string? CustomMark { get; }

        /// <summary>Conversation groups to add the conversation to, in the order asked.</summary>
        public IReadOnlyList<string> AddTo { get; }

        /// <summary>Conversation groups to remove the conversation from, in the order it is in them.</summary>
        public IReadOnlyList<string> RemoveFrom { get; }

        /// <summary>True to pin the conversation, false to unpin it; null when it is already as asked (or IsPinned was not given).</summary>
        public bool? Pin { get; }

        public bool IsEmpty => SetBits.Count + ClearBits.Count + AddTo.Count + RemoveFrom.Count == 0 && CustomMark == null && Pin == null;

        /// <summary>The mark_contact change of this diff, or null when the marks are already as asked.</summary>
        internal ConversationMarkChange? MarkChange => ConversationMarkChange.FromBits(SetBits, ClearBits, CustomMark);

        /// <summary>
        /// The difference between <paramref name="current"/> (a record with Found false has no marks and no groups) and
        /// <paramref name="desired"/>. Group names compare case-sensitively, as on the server. <paramref name="pinned"/> is
        /// whether the conversation is pinned now, read only when <paramref name="desired"/> gives IsPinned.
        /// </summary>
        public static ConversationStateDiff Between(ChatContactGroupRecord current, DesiredConversationState desired, bool pinned = false)
        {
            IReadOnlyList<int> setBits = NoBits, clearBits = NoBits;
            if (desired.MarkBits != null)
            {
                var have = StandardMarks.ParseBits(current.StandardMark);
                setBits = desired.MarkBits.Where(b => !have.Contains(b)).ToList();
                clearBits = have.Where(b => !desired.MarkBits.Contains(b)).ToList();
            }
            string? customMark = desired.CustomMark != null && !string.Equals(desired.CustomMark, current.CustomMark ?? string.Empty, StringComparison.Ordinal)
                ? desired.CustomMark
                : null;
            IReadOnlyList<string> addTo = NoNames, removeFrom = NoNames;
            if (desired.ContactGroupNames != null)
            {
                var inGroups = new HashSet<string>(current.ContactGroupNames, StringComparer.Ordinal);
                var wanted = new HashSet<string>(desired.ContactGroupNames, StringComparer.Ordinal);
                addTo = desired.ContactGroupNames.Where(n => !inGroups.Contains(n)).ToList();
                removeFrom = current.ContactGroupNames.Where(n => !wanted.Contains(n)).Distinct().ToList();
            }
            bool? pin = desired.IsPinned is bool pinIt && pinIt != pinned ? pinIt : (bool?)null;
            return new ConversationStateDiff(setBits, clearBits, customMark, addTo, removeFrom, pin);
        }

        /// <summary>The ShouldProcess action text, the marks part as Set-ChatConversationMark's: "Set mark Star; clear mark Unread; add to conversation group 'a;b'; pin", or "No change".</summary>
        public override string ToString()
        {
            var parts = new List<string>();
            if (MarkChange is { } marks) parts.Add(marks.ToString());
            parts.AddRange(AddTo.Select(n => "add to conversation group '" + n + "'"));
            parts.AddRange(RemoveFrom.Select(n => "remove from conversation group '" + n + "'"));
            if (Pin is bool pin) parts.Add(pin ? "pin" : "unpin");
            if (parts.Count == 0) return "No change";
            string text = string.Join("; ", parts);
            return char.ToUpperInvariant(text[0]) + text.Substring(1);
        }
    }
}
