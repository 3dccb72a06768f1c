using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>One conversation of a <see cref="ConversationStateSync"/> plan: its update and the writes it needs.</summary>
    public sealed class PlannedConversationUpdate
    {
        internal PlannedConversationUpdate(ConversationKey conversation, DesiredConversationState desired, ChatConversationUpdate update)
        {
            Conversation = conversation;
            Desired = desired;
            Update = update;
        }

        public ChatConversationUpdate Update { get; }

        /// <summary>The writes the conversation needs; null when its current state could not be read (see Update.Failure).</summary>
        public ConversationStateDiff? Diff { get; internal set; }

        /// <summary>True when something must be written: the item to ask ShouldProcess about and hand to ApplyAsync.</summary>
        public bool NeedsWrite => Update.Failure == null && Diff != null && !Diff.IsEmpty;

        internal ConversationKey Conversation { get; }
        internal DesiredConversationState Desired { get; }
        internal ChatContactGroupRecord? Current { get; set; }
    }

    /// <summary>
    /// Set-ChatConversation's work for one batch of one account's conversations: <see cref="PlanAsync"/> reads their
    /// current state with one search_contact_group request (and, when some conversation gives IsPinned, the account's
    /// pinned set with <see cref="ConversationPinning.ReadPinnedAsync"/>) and works out each one's <see cref="ConversationStateDiff"/>;
    /// <see cref="ApplyAsync"/> sends only the differences. Nothing is written between the two, so -WhatIf can show
    /// every diff and send no write.
    /// </summary>
    public static class ConversationStateSync
    {
        /// <summary>Conversations per plan: what one search_contact_group request reads.</summary>
        public const int MaxConversationsPerPlan = ContactGroupSearch.MaxItemsPerRequest;

        /// <summary>
        /// One plan entry per item, in input order. A conversation given twice with different states is refused for every
        /// occurrence but the last (ConflictingConversationState), since only one can hold. A failed read fails every item
        /// with that failure and nothing is written for them; a failed read of the pinned set fails the items that give
        /// IsPinned. Pins that would take the account over 50 pinned conversations (counting the unpins of the same plan)
        /// fail with TooManyPinnedConversations before anything is sent: Tencent's code for a 51st pin is UNCONFIRMED
        /// (the emulator's 50002 is the generic invalid parameter), while the count read here tells it exactly.
        /// </summary>
        public static async Task<IReadOnlyList<PlannedConversationUpdate>> PlanAsync(ChatSession session, string account,
            IReadOnlyList<(ConversationKey Conversation, DesiredConversationState Desired)> items, ChatLog log, CancellationToken cancellationToken)
        {
            var plan = items.Select(i => new PlannedConversationUpdate(i.Conversation, i.Desired, NewUpdate(account, i.Conversation, i.Desired))).ToList();
            var last = new Dictionary<ConversationKey, PlannedConversationUpdate>();
            foreach (var entry in plan)
            {
                if (last.TryGetValue(entry.Conversation, out var earlier) && !earlier.Desired.SameAs(entry.Desired))
                    Fail(earlier.Update, new ChatInputException("ConflictingConversationState",
                        $"{earlier.Update} is given again later with a different state; only the last one is applied.", earlier.Update));
                last[entry.Conversation] = entry;
            }

            IReadOnlyList<ChatContactGroupRecord> records;
            try
            {
                records = await ContactGroupSearch.SearchAsync(session, account, last.Keys.ToList(), log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                foreach (var entry in plan.Where(p => p.Update.Failure == null)) Fail(entry.Update, e);
                return plan;
            }

            ISet<ConversationKey>? pinned = null;
            if (plan.Any(p => p.Update.Failure == null && p.Desired.IsPinned != null))
            {
                try
                {
                    pinned = await ConversationPinning.ReadPinnedAsync(session, account, log, cancellationToken).ConfigureAwait(false);
                }
                catch (ChatAdminException e) when (!e.IsSessionWide)
                {
                    foreach (var entry in plan.Where(p => p.Update.Failure == null && p.Desired.IsPinned != null)) Fail(entry.Update, e);
                }
            }

            var byConversation = records.ToDictionary(r => ConversationKey.Parse(r.ConversationId));
            foreach (var entry in plan.Where(p => p.Update.Failure == null))
            {
                // A search that failed for this conversation (the request as a whole, or a dismissed group chat split out
                // of it on 51007) leaves its state unknown: nothing is written for it.
                if (byConversation[entry.Conversation].Failure is ChatAdminException readFailure)
                {
                    Fail(entry.Update, readFailure);
                    continue;
                }
                entry.Current = byConversation[entry.Conversation];
                if (ListSeparator.MisreadGroup(entry.Desired.ContactGroupNames, entry.Current.ContactGroupNames) is { } misread)
                {
                    Fail(entry.Update, misread);
                    continue;
                }
                bool? isPinned = pinned?.Contains(entry.Conversation);
                entry.Diff = ConversationStateDiff.Between(entry.Current, entry.Desired, isPinned ?? false);
                Describe(entry.Update, entry.Current, isPinned, entry.Diff);
                if (entry.Diff.IsEmpty)
                {
                    entry.Update.Succeeded = true;
                    entry.Update.ResultInfo = "Already as asked.";
                }
            }
            if (pinned != null) RefuseOverPinLimit(plan, pinned.Count);
            log.Verbose($"search_contact_group {account}: {plan.Count(p => p.NeedsWrite)} of {plan.Count} conversations need changes.");
            return plan;
        }

        /// <summary>
        /// Fails the pins, in input order, that do not fit under <see cref="ConversationPinning.MaxPinnedPerUser"/>: the
        /// account has <paramref name="pinnedNow"/>, and the plan's unpins (sent first) make room.
        /// </summary>
        private static void RefuseOverPinLimit(IReadOnlyList<PlannedConversationUpdate> plan, int pinnedNow)
        {
            int room = ConversationPinning.MaxPinnedPerUser - pinnedNow
                + plan.Where(p => p.NeedsWrite && p.Diff!.Pin == false).Select(p => p.Conversation).Distinct().Count();
            var fits = new Dictionary<ConversationKey, bool>();
            foreach (var entry in plan.Where(p => p.NeedsWrite && p.Diff!.Pin == true))
            {
                if (!fits.TryGetValue(entry.Conversation, out bool fit))
                    fits[entry.Conversation] = fit = room-- > 0;
                if (!fit)
                    Fail(entry.Update, new ChatInputException("TooManyPinnedConversations",
                        $"Pinning {entry.Update} would give {entry.Update.Account} more than {ConversationPinning.MaxPinnedPerUser} pinned conversations, " +
                        "Tencent's limit; unpin some first.", entry.Update, ChatErrorKind.QuotaExceeded));
            }
        }

        /// <summary>
        /// Sends the differences of <paramref name="approved"/> (entries of one plan that need writes): mark_contact with
        /// each conversation's own change (100 per request), update_contact_group removals and additions per group (100
        /// per request), and for a group the user does not have, New-ChatContactGroup's create (which reads the user's
        /// groups first, so a group that exists after all is completed, not created twice), then top to unpin and to pin
        /// (100 per request). A group is never deleted. Each
        /// update ends Succeeded, or failed with the first failure among its writes; its other writes still happen.
        /// </summary>
        public static async Task ApplyAsync(ChatSession session, string account, IReadOnlyList<PlannedConversationUpdate> approved,
            ChatLog log, CancellationToken cancellationToken)
        {
            // A conversation given twice with the same state is written once; both entries get the outcome.
            var writes = approved.Where(p => p.NeedsWrite).GroupBy(p => p.Conversation).Select(g => g.First()).ToList();
            var results = new List<ChatConversationChange>();

            var marks = writes.Where(w => w.Diff!.MarkChange != null).Select(w => (w.Conversation, w.Diff!.MarkChange!)).ToList();
            foreach (var batch in Chunks(marks, ConversationMarking.MaxItemsPerRequest))
                results.AddRange(await ConversationMarking.MarkEachAsync(session, account, batch, log, cancellationToken).ConfigureAwait(false));

            foreach (var group in MembersByGroup(writes, w => w.Diff!.RemoveFrom))
                foreach (var batch in Chunks(group.Members, ContactGroupEditing.MaxConversationsPerRequest))
                    results.AddRange(await ContactGroupEditing.ChangeMembersAsync(session, account, group.Name, add: false, batch, log, cancellationToken).ConfigureAwait(false));

            // A group some conversation of the batch is in is known to exist; any other may have to be created.
            var existing = new HashSet<string>(writes.SelectMany(w => w.Current!.ContactGroupNames), StringComparer.Ordinal);
            foreach (var group in MembersByGroup(writes, w => w.Diff!.AddTo))
            {
                if (existing.Contains(group.Name))
                {
                    foreach (var batch in Chunks(group.Members, ContactGroupEditing.MaxConversationsPerRequest))
                        results.AddRange(await ContactGroupEditing.ChangeMembersAsync(session, account, group.Name, add: true, batch, log, cancellationToken).ConfigureAwait(false));
                }
                else
                {
                    var created = await ContactGroupEditing.CreateAsync(session, account, group.Name, group.Members, log, cancellationToken).ConfigureAwait(false);
                    results.AddRange(created.Conversations);
                }
            }

            // Unpins first, so that they make room for the pins (RefuseOverPinLimit counted on it).
            foreach (bool pin in new[] { false, true })
            {
                var pins = writes.Where(w => w.Diff!.Pin == pin).Select(w => w.Conversation).ToList();
                foreach (var batch in Chunks(pins, ConversationPinning.MaxItemsPerRequest))
                    results.AddRange(await ConversationPinning.PinAsync(session, account, batch, pin, log, cancellationToken).ConfigureAwait(false));
            }

            var failures = results.Where(r => r.Failure != null).GroupBy(r => r.ConversationId).ToDictionary(g => g.Key, g => g.First());
            foreach (var entry in approved.Where(p => p.NeedsWrite))
            {
                if (failures.TryGetValue(entry.Update.ConversationId, out var failed))
                {
                    Fail(entry.Update, failed.Failure!);
                    entry.Update.ResultInfo = failed.Action + (failed.ContactGroupName != null ? " '" + failed.ContactGroupName + "'" : string.Empty)
                        + ": " + failed.ResultInfo;
                }
                else
                    entry.Update.Succeeded = true;
            }
            log.Verbose($"Set-ChatConversation {account}: {approved.Count(p => p.Update.Succeeded)} of {approved.Count} conversations as asked.");
        }

        /// <summary>
        /// The failed update of a conversation whose state was refused before any request (e.g. InvalidMark): it carries the
        /// parts as given, so once they are corrected it pipes back into Set-ChatConversation.
        /// </summary>
        public static ChatConversationUpdate Refused(string account, ConversationKey conversation, IList<string>? marks, string? customMark,
            IList<string>? contactGroupNames, bool? isPinned, ChatAdminException failure)
        {
            var update = NewUpdate(account, conversation, marks, customMark, contactGroupNames, isPinned);
            Fail(update, failure);
            return update;
        }

        /// <summary>An update holding the parts asked for; the others stay null until the current state is read.</summary>
        private static ChatConversationUpdate NewUpdate(string account, ConversationKey key, DesiredConversationState desired) =>
            NewUpdate(account, key, desired.MarkBits != null ? StandardMarks.Names(desired.MarkBits.ToList()) : null, desired.CustomMark,
                desired.ContactGroupNames?.ToList(), desired.IsPinned);

        private static ChatConversationUpdate NewUpdate(string account, ConversationKey key, IList<string>? marks, string? customMark,
            IList<string>? contactGroupNames, bool? isPinned) => new ChatConversationUpdate
        {
            Account = account,
            ConversationId = key.ConversationId,
            Type = key.Type,
            PeerAccount = key.PeerAccount,
            GroupId = key.GroupId,
            Marks = marks != null ? new ChatValueList<string>(marks) : null,
            CustomMark = customMark,
            ContactGroupNames = contactGroupNames != null ? new ChatValueList<string>(contactGroupNames) : null,
            IsPinned = isPinned,
        };

        /// <summary>The parts the input left alone, as read, and the changes; IsPinned stays null when the pinned set was not read.</summary>
        private static void Describe(ChatConversationUpdate update, ChatContactGroupRecord current, bool? isPinned, ConversationStateDiff diff)
        {
            update.IsPinned ??= isPinned;
            update.PinChanged = diff.Pin != null;
            update.Marks ??= current.Marks;
            update.CustomMark ??= current.CustomMark;
            update.ContactGroupNames ??= current.ContactGroupNames;
            update.SetMarks = StandardMarks.Names(diff.SetBits.ToList());
            update.ClearMarks = StandardMarks.Names(diff.ClearBits.ToList());
            update.CustomMarkChanged = diff.CustomMark != null;
            update.AddedToContactGroups = new ChatValueList<string>(diff.AddTo.ToList());
            update.RemovedFromContactGroups = new ChatValueList<string>(diff.RemoveFrom.ToList());
            update.Changed = !diff.IsEmpty;
        }

        private static void Fail(ChatConversationUpdate update, ChatAdminException failure)
        {
            update.Succeeded = false;
            (update.ResultCode, update.ResultInfo) = failure.ItemResult;
            update.Failure = failure;
        }

        /// <summary>Per group name, in order of first mention, the conversations to add to (or remove from) it.</summary>
        private static IEnumerable<(string Name, IReadOnlyList<ConversationKey> Members)> MembersByGroup(
            IEnumerable<PlannedConversationUpdate> writes, Func<PlannedConversationUpdate, IReadOnlyList<string>> names) =>
            writes.SelectMany(w => names(w).Select(n => (Name: n, w.Conversation)))
                .GroupBy(p => p.Name, StringComparer.Ordinal)
                .Select(g => (g.Key, (IReadOnlyList<ConversationKey>)g.Select(p => p.Conversation).ToList()));

        private static IEnumerable<IReadOnlyList<T>> Chunks<T>(IReadOnlyList<T> items, int size)
        {
            for (int start = 0; start < items.Count; start += size)
                yield return items.Skip(start).Take(size).ToList();
        }
    }
}
