using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Base of the group cmdlets: the fan-out works per group (-ThrottleLimit groups at once, each group's requests and
    /// output in input order), GroupIds and -Type are checked before anything is sent, and the per-item results of the
    /// writes are written as the module writes them everywhere: each item done as an output object, each failure as a
    /// non-terminating error whose target is the result object, which pipes back into the same cmdlet.
    /// </summary>
    public abstract class GroupCmdlet : ChatApiCmdlet
    {
        protected override string ProgressJobName => "groups";

        /// <summary>The GroupIds that pass the module's check; each bad one is written as an InvalidGroupId error and skipped.</summary>
        protected IEnumerable<string> ValidGroupIds(IEnumerable<string?>? groupIds)
        {
            foreach (string? groupId in groupIds ?? Enumerable.Empty<string?>())
            {
                string? valid = null;
                try
                {
                    valid = GroupIds.Validate(groupId);
                }
                catch (ChatInputException e)
                {
                    WriteItemError(e, groupId);
                }
                if (valid != null) yield return valid;
            }
        }

        /// <summary>-Type read by its REST or console name (Work, Meeting); a bad one ends the command before anything is sent.</summary>
        protected ChatGroupType? ParseType(string? type)
        {
            if (type == null) return null;
            try
            {
                return GroupInput.ParseType(type);
            }
            catch (ChatInputException e)
            {
                ThrowChatError(e, type);
                return null;
            }
        }

        /// <summary>
        /// Starts one member write of <paramref name="groupId"/>: requests of one group run side by side (up to
        /// -ThrottleLimit), and their changes are written in the order they were started, so the output keeps the input's
        /// order. A session-wide failure among them stops the command.
        /// </summary>
        protected void StartMemberWrite(string groupId, Func<CancellationToken, Task<IReadOnlyList<ChatGroupMemberChange>>> send) =>
            StartInOrder("group:" + groupId, null, async (output, cancellationToken) =>
            {
                IReadOnlyList<ChatGroupMemberChange> changes = await send(cancellationToken).ConfigureAwait(false);
                if (changes.Select(c => c.Failure).FirstOrDefault(f => f != null && f.IsSessionWide) is { } sessionWide)
                    throw sessionWide;
                // Posted, not delivered: the change is made, so the slot is free for the next request at once.
                output.Post(changes.Count, () => WriteMemberChanges(changes));
            });

        /// <summary>Starts one group write; its change is written in input order with the other group writes of this command.</summary>
        protected void StartGroupWrite(Func<CancellationToken, Task<ChatGroupChange>> send) =>
            StartInOrder("groups", null, async (output, cancellationToken) =>
            {
                ChatGroupChange change = await send(cancellationToken).ConfigureAwait(false);
                if (change.Failure is { IsSessionWide: true } sessionWide) throw sessionWide;
                output.Post(1, () =>
                {
                    if (change.Failure != null) WriteItemError(change.Failure, change);
                    else WriteObject(change);
                });
            });

        private void WriteMemberChanges(IEnumerable<ChatGroupMemberChange> changes)
        {
            foreach (ChatGroupMemberChange change in changes)
            {
                if (change.Failure != null) WriteItemError(change.Failure, change);
                else WriteObject(change);
            }
        }
    }

    /// <summary>
    /// Base of the member writes (Add-, Remove-, Set-ChatGroupMember): -GroupId and -Account (strings, or objects and CSV
    /// rows with an Account, Member_Account or UserId property), collected across pipeline objects per group into requests
    /// of the command's batch size.
    /// </summary>
    public abstract class GroupMemberWriteCmdlet : GroupCmdlet
    {
        private Client.Batching.KeyedBatcher<string, string>? _batches;

        /// <summary>The group; binds GroupId by property name (a ChatGroup, a ChatGroupMember, a CSV row).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNull]
        public string GroupId { get; set; } = string.Empty;

        /// <summary>
        /// The members' UserIDs: strings from the pipeline (a text file's lines), or objects with an Account, Member_Account or
        /// UserId property (Get-ChatGroupMember's output, a CSV row), the first one it has.
        /// </summary>
        // object[], so that an object without any of these properties is refused (NoAccountProperty) instead of being sent
        // as its "@{...}" text; an empty line is allowed here so that the module's own check refuses it (InvalidAccount).
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Member_Account", "UserId")]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(Infrastructure.Completion.AccountCompleter))]
        public object?[] Account { get; set; } = new object?[0];

        protected override string ProgressItemName => "members";

        /// <summary>The most members one request of this command takes.</summary>
        protected abstract int BatchSize { get; }

        /// <summary>What ShouldProcess says is done to each member.</summary>
        protected abstract string Action { get; }

        /// <summary>Sends one request for members of one group; runs off the pipeline thread.</summary>
        protected abstract Task<IReadOnlyList<ChatGroupMemberChange>> SendAsync(string groupId, IReadOnlyList<string> accounts, CancellationToken cancellationToken);

        /// <summary>Checks what the command needs before any member is queued (e.g. that there is something to change).</summary>
        protected virtual void CheckInput()
        {
        }

        protected override void Begin() => CheckInput();

        protected override void Process()
        {
            string? groupId = ValidGroupIds(new[] { GroupId }).FirstOrDefault();
            if (groupId == null) return;
            var accounts = RequestedAccounts(Account, nameof(Account), "member")
                .Where(account => ShouldProcessItem($"{account} in group {groupId}", Action, new ChatGroupMemberChange { GroupId = groupId, Account = account }))
                .ToList();
            if (accounts.Count == 0) return;
            _batches ??= FlushedAtEnd(Client.Batching.KeyedBatcher<string, string>.Requests(BatchSize,
                batch => StartMemberWrite(batch.Key, cancellationToken => SendAsync(batch.Key, batch.Items, cancellationToken))));
            _batches.Add(groupId, accounts);
        }
    }
}
