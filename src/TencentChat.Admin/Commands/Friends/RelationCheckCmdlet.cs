using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Base of Test-ChatFriend and Test-ChatBlockedUser: pairs of the owner (-Account) and targets collected per owner into
    /// requests of up to 1000, up to -ThrottleLimit requests in flight, results written in input order; a pair Tencent
    /// failed is an error targeting its result.
    /// </summary>
    public abstract class RelationCheckCmdlet<TResult> : ChatApiCmdlet where TResult : class
    {
        private KeyedBatcher<string, string>? _batches;

        /// <summary>
        /// The owner whose friend table or blocklist is checked, from the pipeline by property name: Account, From_Account or UserId.
        /// Tab completes the UserIDs this session has already read conversations or groups of (no request lists an app's accounts).
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("From_Account", "UserId")]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(Infrastructure.Completion.AccountCompleter))]
        public string Account { get; set; } = string.Empty;

        /// <summary>Check both directions (B's side too); without it Tencent answers only about Account's own table or blocklist.</summary>
        [Parameter]
        public SwitchParameter Both { get; set; }

        protected override string ProgressJobName => "requests";

        /// <summary>The targets of the current pipeline object.</summary>
        protected abstract IEnumerable<string> Targets { get; }

        protected abstract Task<IReadOnlyList<TResult>> SendAsync(string account, IReadOnlyList<string> batch, CancellationToken cancellationToken);

        protected abstract ChatAdminException? FailureOf(TResult result);

        protected override void Process()
        {
            string account;
            try
            {
                account = AccountIds.Validate(Account);
            }
            catch (ChatInputException e)
            {
                WriteItemError(e, Account);
                return;
            }
            var targets = new List<string>();
            foreach (string target in Targets)
            {
                try
                {
                    targets.Add(AccountIds.Validate(target, "target account"));
                }
                catch (ChatInputException e)
                {
                    WriteItemError(e, target);
                }
            }
            _batches ??= FlushedAtEnd(KeyedBatcher<string, string>.Requests(FriendChecks.MaxTargetsPerRequest, batch =>
                StartInOrder("request", null, async (output, cancellationToken) =>
                {
                    IReadOnlyList<TResult> results = await SendAsync(batch.Key, batch.Items, cancellationToken).ConfigureAwait(false);
                    await output.DeliverAsync(results.Count, () =>
                    {
                        foreach (TResult result in results)
                        {
                            if (FailureOf(result) is { } failure) WriteItemError(failure, result);
                            else WriteObject(result);
                        }
                    }).ConfigureAwait(false);
                })));
            _batches.Add(account, targets);
        }
    }
}
