using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// One validated mark_contact change applied to every conversation of a Set-ChatConversationMark call:
    /// standard mark bits to set and to clear (0-based, 0–63, see <see cref="StandardMarks"/>) and/or a custom mark.
    /// The OptType follows from what is given: 1 standard only, 2 custom only, 3 both.
    /// </summary>
    public sealed class ConversationMarkChange
    {
        public const int MaxCustomMarkBytes = 256;

        private ConversationMarkChange(IReadOnlyList<int> setBits, IReadOnlyList<int> clearBits, string? customMark)
        {
            SetBits = setBits;
            ClearBits = clearBits;
            CustomMark = customMark;
        }

        public IReadOnlyList<int> SetBits { get; }
        public IReadOnlyList<int> ClearBits { get; }

        /// <summary>Null leaves the custom mark alone; "" sends an empty custom mark (clearing it is UNCONFIRMED, spec §2.6).</summary>
        public string? CustomMark { get; }

        public int OptType =>
            SetBits.Count + ClearBits.Count == 0 ? MarkContactRequest.CustomOnly
            : CustomMark == null ? MarkContactRequest.StandardOnly
            : MarkContactRequest.StandardAndCustom;

        /// <summary>
        /// Parses mark names or bit numbers (Star, Unread, Fold, Hide, App32…App63, Bit4…Bit31, 0…63). Fails with a
        /// ChatInputException naming the offending value: InvalidMark, ConflictingMarks (a bit both set and cleared),
        /// InvalidCustomMark (over 256 bytes) or NoMarkChange.
        /// </summary>
        public static ConversationMarkChange Create(IEnumerable<string>? set, IEnumerable<string>? clear, string? customMark)
        {
            var setBits = Bits(set, "-Set");
            var clearBits = Bits(clear, "-Clear");
            var both = setBits.Intersect(clearBits).ToList();
            if (both.Count > 0)
                throw new ChatInputException("ConflictingMarks",
                    $"{string.Join(", ", both.Select(StandardMarks.NameOf))} cannot be set and cleared in the same change.", StandardMarks.NameOf(both[0]));
            if (customMark != null && Encoding.UTF8.GetByteCount(customMark) > MaxCustomMarkBytes)
                throw new ChatInputException("InvalidCustomMark",
                    $"The custom mark is {Encoding.UTF8.GetByteCount(customMark)} bytes of UTF-8; Tencent allows at most {MaxCustomMarkBytes}.", customMark);
            if (setBits.Count + clearBits.Count == 0 && customMark == null)
                throw new ChatInputException("NoMarkChange", "Say what to change: -Set, -Clear and/or -CustomMark.");
            return new ConversationMarkChange(setBits, clearBits, customMark);
        }

        /// <summary>The ShouldProcess action text, e.g. "Set marks Star, App40; clear Unread".</summary>
        public override string ToString()
        {
            var parts = new List<string>();
            if (SetBits.Count > 0) parts.Add("set mark " + string.Join(", ", SetBits.Select(StandardMarks.NameOf)));
            if (ClearBits.Count > 0) parts.Add("clear mark " + string.Join(", ", ClearBits.Select(StandardMarks.NameOf)));
            if (CustomMark != null) parts.Add(CustomMark.Length == 0 ? "set an empty custom mark" : "set custom mark '" + CustomMark + "'");
            string text = string.Join("; ", parts);
            return char.ToUpperInvariant(text[0]) + text.Substring(1);
        }

        internal WireMarkItem ToMarkItem(ConversationKey conversation) => new WireMarkItem
        {
            OptType = OptType,
            ContactItem = WireMapping.ToContactItem(conversation),
            SetMark = SetBits.Count > 0 ? SetBits.ToArray() : null,
            ClearMark = ClearBits.Count > 0 ? ClearBits.ToArray() : null,
            CustomMark = CustomMark,
        };

        /// <summary>A change built from bits already parsed (a Set-ChatConversation diff); null when it changes nothing.</summary>
        internal static ConversationMarkChange? FromBits(IReadOnlyList<int> setBits, IReadOnlyList<int> clearBits, string? customMark) =>
            setBits.Count + clearBits.Count == 0 && customMark == null ? null : new ConversationMarkChange(setBits, clearBits, customMark);

        /// <summary>Mark names or bit numbers to sorted distinct bits; InvalidMark names the first that is neither (CommaSeparatedList when it is marks joined with ", ").</summary>
        internal static IReadOnlyList<int> Bits(IEnumerable<string>? names, string parameter)
        {
            var bits = new List<int>();
            foreach (string name in names ?? Enumerable.Empty<string>())
            {
                if (!StandardMarks.TryParseName(name, out int bit))
                {
                    if (ListSeparator.Misread(name, part => StandardMarks.TryParseName(part, out _)) is { } cell)
                        throw new ChatInputException("CommaSeparatedList",
                            $"{parameter} {InputEcho.Quote(name)} is a list written with ', ', as views used to show it; a cell separates marks with ';': '{cell}'.", name);
                    throw new ChatInputException("InvalidMark",
                        $"{parameter} '{name}' is not a standard mark: use Star, Unread, Fold, Hide, App32…App63 or a bit number 0…{StandardMarks.BitCount - 1}.", name);
                }
                if (!bits.Contains(bit)) bits.Add(bit);
            }
            bits.Sort();
            return bits;
        }
    }

    /// <summary>
    /// mark_contact (spec §2.6) for one batch of one account's conversations, at most 100 per request: one change per
    /// conversation, also when the request fails as a whole (see <see cref="ItemResults"/>). Safe to
    /// retry when the outcome is unknown (<see cref="ConversationCommands.MarkContact"/>): set, clear and replace land in the
    /// same state when repeated.
    /// </summary>
    public static class ConversationMarking
    {
        public const int MaxItemsPerRequest = MarkContactRequest.MaxItems;

        public static Task<IReadOnlyList<ChatConversationChange>> MarkAsync(ChatSession session, string account,
            IReadOnlyList<ConversationKey> conversations, ConversationMarkChange change, ChatLog log, CancellationToken cancellationToken) =>
            MarkEachAsync(session, account, conversations.Select(c => (c, change)).ToList(), log, cancellationToken);

        /// <summary>
        /// mark_contact with a change of its own per conversation (Set-ChatConversation sends each conversation what its
        /// diff says); at most 100 per request, one result per conversation as for <see cref="MarkAsync"/>.
        /// </summary>
        internal static async Task<IReadOnlyList<ChatConversationChange>> MarkEachAsync(ChatSession session, string account,
            IReadOnlyList<(ConversationKey Conversation, ConversationMarkChange Change)> items, ChatLog log, CancellationToken cancellationToken)
        {
            var conversations = items.Select(i => i.Conversation).ToList();
            BatchSize.Check(conversations, ConversationCommands.MarkContact);
            var distinctChanges = items.Select(i => i.Change.ToString()).Distinct().ToList();
            string change = distinctChanges.Count == 1 ? distinctChanges[0] : distinctChanges.Count + " different changes";
            // Each conversation's own change, looked up again for whichever part ItemResults sends (it splits a batch on 51007).
            var changeOf = new Dictionary<ConversationKey, ConversationMarkChange>();
            foreach (var item in items) changeOf[item.Conversation] = item.Change;
            var changes = await ItemResults.SendAsync(ConversationCommands.MarkContact.Name, account, conversations, async sent =>
            {
                AccountIds.Validate(account);
                var request = new MarkContactRequest { FromAccount = account, MarkItem = sent.Select(c => changeOf[c].ToMarkItem(c)).ToArray() };
                var response = await session.Transport.SendAsync<MarkContactRequest, MarkContactResponse>(
                    ConversationCommands.MarkContact, request, log, cancellationToken).ConfigureAwait(false);
                return ItemResults.Match(ConversationCommands.MarkContact.Name, account, ChatConversationActions.Mark, null, sent,
                    response.ResultItem, session.Redactor, log);
            }, key => ChatConversationChange.For(account, key, ChatConversationActions.Mark), log).ConfigureAwait(false);
            if (log.IsEnabled(ChatLogLevel.Verbose))
                log.Verbose($"mark_contact {account}: {change}, {changes.Count(c => c.Succeeded)} of {changes.Count} succeeded.");
            return changes;
        }
    }
}
