using System.Collections.Generic;
using System.Linq;
using System.Text;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// What Set-ChatConversation makes one conversation have: its standard marks, custom mark, conversation groups and
    /// whether it is pinned, each exactly as given. A part that is null was not given and is left as it is; an empty part means none.
    /// </summary>
    public sealed class DesiredConversationState
    {
        private DesiredConversationState(IReadOnlyList<int>? markBits, string? customMark, IReadOnlyList<string>? contactGroupNames, bool? isPinned)
        {
            IsPinned = isPinned;
            MarkBits = markBits;
            CustomMark = customMark;
            ContactGroupNames = contactGroupNames;
        }

        /// <summary>The standard mark bits to have, lowest first; null leaves the marks as they are.</summary>
        public IReadOnlyList<int>? MarkBits { get; }

        /// <summary>The custom mark to have ("" for none); null leaves it as it is.</summary>
        public string? CustomMark { get; }

        /// <summary>The conversation groups to be in, each once, in the order given; null leaves the memberships as they are.</summary>
        public IReadOnlyList<string>? ContactGroupNames { get; }

        /// <summary>Whether the conversation is to be pinned; null leaves it as it is.</summary>
        public bool? IsPinned { get; }

        /// <summary>
        /// Checks each given part as the writes would: InvalidMark (a name that is no standard mark), InvalidCustomMark
        /// (over 256 bytes), InvalidContactGroupName (empty or over 32 bytes); NoConversationState when no part is given.
        /// </summary>
        public static DesiredConversationState Create(IEnumerable<string>? marks, string? customMark, IEnumerable<string>? contactGroupNames,
            bool? isPinned = null)
        {
            if (marks == null && customMark == null && contactGroupNames == null && isPinned == null)
                throw new ChatInputException("NoConversationState",
                    "Say what the conversation should have: -Marks, -CustomMark, -ContactGroupNames and/or -IsPinned (or the columns of the same names).");
            var bits = marks == null ? null : ConversationMarkChange.Bits(marks, "-Marks");
            if (customMark != null && Encoding.UTF8.GetByteCount(customMark) > ConversationMarkChange.MaxCustomMarkBytes)
                throw new ChatInputException("InvalidCustomMark",
                    $"The custom mark is {Encoding.UTF8.GetByteCount(customMark)} bytes of UTF-8; Tencent allows at most {ConversationMarkChange.MaxCustomMarkBytes}.", customMark);
            var names = contactGroupNames?.Select(n => Conversations.ContactGroupNames.ValidateName(n)).Distinct().ToList();
            return new DesiredConversationState(bits, customMark, names, isPinned);
        }

        internal bool SameAs(DesiredConversationState other) =>
            SameList(MarkBits, other.MarkBits) && CustomMark == other.CustomMark && SameList(ContactGroupNames, other.ContactGroupNames)
            && IsPinned == other.IsPinned;

        private static bool SameList<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
            a == null || b == null ? a == null && b == null : a.SequenceEqual(b);
    }
}
