using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Base of the account cmdlets (New-, Test-, Remove-ChatAccount, Get-ChatOnlineStatus, Disconnect-ChatUser): -UserId
    /// from strings or by property name (UserId, UserID, Identifier, Account and Tencent's To_Account, Member_Account,
    /// Peer_Account, From_Account, in that order) from objects and CSV rows (<see cref="AccountInput"/>); items collected
    /// across pipeline objects into requests of the command's batch size; up to -ThrottleLimit requests (not accounts) in
    /// flight on the fan-out engine the conversation cmdlets use, each command at its documented rate; results written in
    /// input order, whatever order the requests finish in.
    /// </summary>
    /// <typeparam name="TItem">What one account of a request is: a UserID, or an account with its profile.</typeparam>
    /// <typeparam name="TResult">What a request gives back per account, in request order.</typeparam>
    public abstract class AccountBatchCmdlet<TItem, TResult> : ChatApiCmdlet
    {
        private KeyedBatcher<int, TItem>? _batches;

        /// <summary>
        /// The accounts' UserIDs: at most 32 bytes each, from the pipeline as strings or as objects with a UserId (UserID),
        /// Identifier, Account, To_Account, Member_Account, Peer_Account or From_Account property, the first one it has.
        /// Tab completes the UserIDs this session has already read conversations or groups of (no request lists an app's accounts).
        /// </summary>
        // object[], so that an object without any of these properties is refused (NoAccountProperty) instead of being
        // sent as its "@{...}" text; an empty line is allowed here so that the module's own check refuses it (InvalidAccount).
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Identifier", "Account", "To_Account", "Member_Account", "Peer_Account", "From_Account")]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(Completion.AccountCompleter))]
        [AllowNull]
        public object?[] UserId { get; set; } = new object?[0];

        protected override string ProgressItemName => "accounts";

        protected override string ProgressJobName => "requests";

        /// <summary>The most accounts one request of this command takes.</summary>
        protected abstract int BatchSize { get; }

        /// <summary>Sends one request; runs off the pipeline thread.</summary>
        protected abstract Task<IReadOnlyList<TResult>> SendAsync(IReadOnlyList<TItem> batch, CancellationToken cancellationToken);

        /// <summary>What to write for an account that succeeded: the result, something made of it, or null for nothing.</summary>
        protected abstract object? OutputOf(TResult result);

        /// <summary>The valid UserIDs of the current pipeline object; a bad one is written as an InvalidAccount error and nothing is sent for it.</summary>
        protected IEnumerable<string> RequestedUserIds() => RequestedAccounts(UserId, nameof(UserId), "UserID");

        /// <summary>
        /// One account's outcome, on the pipeline thread: a failed account becomes a non-terminating error whose target is the
        /// result itself (it pipes back into the same cmdlet by UserId); a succeeded one is written as <see cref="OutputOf"/> says.
        /// </summary>
        private void Write(TResult result)
        {
            if (FailureOf(result) is { } failure) WriteItemError(failure, result);
            else if (OutputOf(result) is { } output) WriteObject(output);
        }

        /// <summary>Queues <paramref name="items"/>; a request goes as soon as one fills, the rest when the pipeline ends.</summary>
        protected void Queue(IEnumerable<TItem> items)
        {
            _batches ??= FlushedAtEnd(KeyedBatcher<int, TItem>.Requests(BatchSize, batch => Start(batch.Items)));
            _batches.Add(0, items);
        }

        /// <summary>Why the account of <paramref name="result"/> failed, if it did.</summary>
        protected abstract ChatAdminException? FailureOf(TResult result);

        /// <summary>
        /// Starts one request. The fan-out writes its results only after those of the requests before it, so the output
        /// keeps the input's order while up to -ThrottleLimit requests are in flight. A session-wide failure (credentials,
        /// permission, connection) among them stops the whole command at once, as in every other cmdlet.
        /// </summary>
        private void Start(IReadOnlyList<TItem> batch)
        {
            int? totalRequests = MyInvocation.ExpectingInput ? (int?)null : (UserId.Length + BatchSize - 1) / BatchSize;
            StartInOrder("request", totalRequests, async (output, cancellationToken) =>
            {
                IReadOnlyList<TResult> results = await SendAsync(batch, cancellationToken).ConfigureAwait(false);
                if (results.Select(FailureOf).FirstOrDefault(f => f != null && f.IsSessionWide) is { } sessionWide)
                    throw sessionWide;
                await output.DeliverAsync(results.Count, () =>
                {
                    foreach (TResult result in results) Write(result);
                }).ConfigureAwait(false);
            });
        }
    }
}
